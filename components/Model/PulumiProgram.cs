namespace Bluegreen.Components.Model;

/// <summary>
/// A Pulumi YAML project and its program. Rendered as two files: the project file (<c>Pulumi.yaml</c>: name, runtime,
/// <c>main</c>, required CLI version, packages and the config declarations, which the CLI validates) and the program
/// file in <see cref="Main"/> (variables, resources and outputs, which the YAML host runs).
/// </summary>
public sealed record PulumiProgram
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The program's folder relative to the project folder, as <c>main:</c> names it, e.g. "program/".</summary>
    public required string Main { get; init; }

    /// <summary>Semver range of the Pulumi CLI the program needs, e.g. "&gt;=3.235.0"; both files state it.</summary>
    public required string RequiredPulumiVersion { get; init; }

    /// <summary>Local component packages: package name to a path relative to the project folder.</summary>
    public IReadOnlyList<PackageReference> Packages { get; init; } = [];

    /// <summary>Declared in the project file only: the CLI checks types and required values and applies defaults.</summary>
    public required IReadOnlyList<ValueDeclaration> Config { get; init; }

    public IReadOnlyList<NamedValue> Variables { get; init; } = [];

    public required IReadOnlyList<Resource> Resources { get; init; }

    public IReadOnlyList<NamedValue> Outputs { get; init; } = [];
}

public sealed record PackageReference(string Name, string Path);
