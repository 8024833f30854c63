namespace Bluegreen.Components.Model;

/// <summary>The resource options the generator sets. Parents are implicit: component children belong to the component.</summary>
public sealed record ResourceOptions
{
    public static ResourceOptions None { get; } = new();

    /// <summary>Resources (by key) that must exist first, when no property reference already orders them.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <remarks>Left false, <c>pulumi destroy</c> may delete the resource.</remarks>
    public bool Protect { get; init; }

    /// <remarks>Set for resources with fixed names: a replacement must delete the old one before the name is free.</remarks>
    public bool DeleteBeforeReplace { get; init; }

    /// <summary>The provider resource (by key) that manages this resource.</summary>
    /// <remarks>Left null, the resource uses its package's default provider.</remarks>
    public string? Provider { get; init; }

    /// <summary>The exact plugin version of a provider resource, e.g. "7.48.0".</summary>
    /// <remarks>Left null, the engine picks whichever plugin version is installed.</remarks>
    public string? Version { get; init; }

    /// <summary>Outputs to store and show as secrets even though the provider does not mark them.</summary>
    public IReadOnlyList<string> AdditionalSecretOutputs { get; init; } = [];

    public bool IsEmpty =>
        DependsOn.Count == 0 && !Protect && !DeleteBeforeReplace && AdditionalSecretOutputs.Count == 0 && Provider is null && Version is null;

    public bool Equals(ResourceOptions? other) =>
        other is not null
        && DependsOn.SequenceEqual(other.DependsOn)
        && Protect == other.Protect
        && DeleteBeforeReplace == other.DeleteBeforeReplace
        && AdditionalSecretOutputs.SequenceEqual(other.AdditionalSecretOutputs)
        && Provider == other.Provider
        && Version == other.Version;

    public override int GetHashCode() => HashCode.Combine(DependsOn.Count, Protect, DeleteBeforeReplace, AdditionalSecretOutputs.Count);
}
