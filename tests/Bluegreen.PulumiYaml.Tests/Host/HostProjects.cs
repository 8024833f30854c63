using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Testing;

namespace Bluegreen.PulumiYaml.Tests.Host;

/// <summary>Writes a throw-away project folder, loads it as the host does, and names findings by their source.</summary>
internal static class HostProjects
{
    public static PulumiYamlProject Load(params (string RelativePath, string Content)[] files)
    {
        using var project = new TempProject(files);
        return PulumiYamlProject.Load(project.ProgramFile);
    }

    public static IReadOnlyList<HostFinding> Findings(params (string RelativePath, string Content)[] files) => Load(files).Findings;

    /// <summary>The findings whose source names the given host function.</summary>
    public static List<HostFinding> From(this IEnumerable<HostFinding> findings, string source) =>
        findings.Where(f => f.Source == source).ToList();

    /// <summary>A split project: Pulumi.yaml with <c>main: program/</c> and the given program.</summary>
    public static (string, string)[] Split(string project, string program) =>
        [("Pulumi.yaml", "name: shop\nruntime: yaml\nmain: program/\n" + project), ("program/Main.yaml", program)];
}
