namespace Bluegreen.Components.Model;

/// <summary>A whole Pulumi YAML project file: project settings plus the program (config, variables, resources, outputs).</summary>
public sealed record PulumiProgram
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>Semver range of the Pulumi CLI the program needs, e.g. "&gt;=3.235.0".</summary>
    public required string RequiredPulumiVersion { get; init; }

    /// <summary>Local component packages: package name to a path relative to the project folder.</summary>
    public IReadOnlyList<PackageReference> Packages { get; init; } = [];

    public required IReadOnlyList<ValueDeclaration> Config { get; init; }

    public IReadOnlyList<NamedValue> Variables { get; init; } = [];

    public required IReadOnlyList<Resource> Resources { get; init; }

    public IReadOnlyList<NamedValue> Outputs { get; init; } = [];
}

public sealed record PackageReference(string Name, string Path);
