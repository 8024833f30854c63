namespace Bluegreen.Components.Model;

/// <summary>A component written in YAML: declared inputs, then variables, resources and outputs over them.</summary>
public sealed record ComponentDefinition
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<ValueDeclaration> Inputs { get; init; }

    public IReadOnlyList<NamedValue> Variables { get; init; } = [];

    public required IReadOnlyList<Resource> Resources { get; init; }

    public required IReadOnlyList<NamedValue> Outputs { get; init; }
}
