namespace Bluegreen.PulumiYaml.Validation;

/// <summary>One problem found by <see cref="SchemaValidator"/>, e.g. <c>resources.listener.properties.port</c>.</summary>
public sealed record SchemaError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
