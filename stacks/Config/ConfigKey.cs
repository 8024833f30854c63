using Bluegreen.Components.Model;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Stacks.Config;

/// <summary>
/// One declared setting: its key, type, default, constraint, description and the engine that reads it. The same
/// declaration renders the <c>config:</c> block of Pulumi.yaml and validates <c>Pulumi.&lt;stack&gt;.yaml</c>.
/// </summary>
public sealed record ConfigKey
{
    public const string ProjectNamespace = "bluegreen";

    /// <summary>The key without the project namespace ("activeColor"), or with a foreign one ("aws:region").</summary>
    public required string Name { get; init; }

    public required DeclaredType Type { get; init; }

    /// <summary>Element type of arrays.</summary>
    public DeclaredType? Items { get; init; }

    /// <remarks>Left null, the setting is required (when <see cref="Required"/>) or simply absent.</remarks>
    public ConfigValue? Default { get; init; }

    /// <summary>The stack must set it when its engine reads the setting; it has no default.</summary>
    public bool Required { get; init; }

    /// <remarks>Left null, any value of the right type is accepted.</remarks>
    public ValueRule? Rule { get; init; }

    public bool Secret { get; init; }

    public required string Description { get; init; }

    public required EngineScope Engine { get; init; }

    /// <summary>Whether the key belongs to the project (may be declared in Pulumi.yaml) or to a provider.</summary>
    public bool IsProjectKey => !Name.Contains(':', StringComparison.Ordinal);

    /// <summary>The key as stack files write it: "bluegreen:activeColor", "aws:region".</summary>
    public string QualifiedName => IsProjectKey ? $"{ProjectNamespace}:{Name}" : Name;

    public bool IsReadBy(EngineKind engine) =>
        Engine == EngineScope.Both || (Engine == EngineScope.Aws) == (engine == EngineKind.Aws);

    /// <summary>Declared in Pulumi.yaml: project keys the AWS program reads.</summary>
    public bool IsDeclaredInProgram => IsProjectKey && Engine != EngineScope.Local;

    public ValueDeclaration ToDeclaration() => new()
    {
        Name = Name,
        Type = Type,
        Items = Items,
        Default = Default?.ToExpr(),
        Secret = Secret,
        Description = Description,
    };
}
