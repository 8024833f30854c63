using System.Text.Json.Nodes;

namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// What the CLI reads from <c>Pulumi.yaml</c> (pulumi <c>workspace.Project</c>): the name, where the program is
/// (<c>main</c>), the declared config, local packages and the CLI version range. <see cref="Keys"/> lists every
/// top-level key as written.
/// </summary>
public sealed record ProjectFile(
    string Path,
    string Name,
    string? Main,
    IReadOnlyList<ProjectConfigDecl> Config,
    IReadOnlyDictionary<string, string> Packages,
    string? RequiredPulumiVersion,
    IReadOnlyList<string> Keys)
{
    public string RootDirectory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>The fully qualified key of a declaration: <c>activeColor</c> becomes <c>&lt;project&gt;:activeColor</c>.</summary>
    public string Qualify(string key) => key.Contains(':', StringComparison.Ordinal) ? key : $"{Name}:{key}";
}

/// <summary>One entry of the project's <c>config:</c> block (pulumi <c>ProjectConfigType</c>).</summary>
public sealed record ProjectConfigDecl(
    string Key,
    string? Type,
    ProjectConfigItems? Items,
    JsonNode? Default,
    JsonNode? Value,
    bool Secret,
    string? Description);

/// <summary>The <c>items</c> of an array declaration, nested for arrays of arrays.</summary>
public sealed record ProjectConfigItems(string Type, ProjectConfigItems? Items)
{
    public override string ToString() => Items is null ? Type : $"array<{Items}>";
}
