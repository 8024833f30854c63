namespace Bluegreen.Components.Model;

/// <summary>A YAML component package (<c>PulumiPlugin.yaml</c>): a name and the components it defines.</summary>
public sealed record ComponentPackage
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<ComponentDefinition> Components { get; init; }

    /// <summary>The token a program uses to instantiate one of the components: <c>&lt;package&gt;:index:&lt;Component&gt;</c>.</summary>
    public string TypeToken(ComponentDefinition component) => $"{Name}:index:{component.Name}";
}
