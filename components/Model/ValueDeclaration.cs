namespace Bluegreen.Components.Model;

/// <summary>A declared config key of a program, or an input of a component.</summary>
public sealed record ValueDeclaration
{
    public required string Name { get; init; }

    public required DeclaredType Type { get; init; }

    /// <summary>Element type; required when <see cref="Type"/> is <see cref="DeclaredType.Array"/>.</summary>
    public DeclaredType? Items { get; init; }

    /// <remarks>Left null, the value is required: Pulumi refuses to run until it is set.</remarks>
    public Expr? Default { get; init; }

    public bool Secret { get; init; }

    /// <remarks>Left null, no description is written (component inputs carry none).</remarks>
    public string? Description { get; init; }

    /// <summary><c>${name}</c>.</summary>
    public Reference Ref => new(Name);
}
