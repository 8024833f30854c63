using Bluegreen.PulumiYaml;
using Bluegreen.PulumiYaml.Model;
using Bluegreen.Stacks.Composition;

namespace Bluegreen.Tests.Contracts;

/// <summary>
/// The committed project as the CLI and the YAML host load it: the project file with every config declaration, the
/// program in its own folder with no config, and nothing in the folder the host walks but the program.
/// </summary>
public class HostLayoutContractTests
{
    [Fact]
    public void CommittedProject_PassesEveryHostRule()
    {
        var project = PulumiYamlProject.Load(Path.Combine(RepositoryLayout.RootDirectory, ProjectLayout.ProjectFile));

        Assert.True(project.Findings.Count == 0, string.Join("\n", project.Findings));
        Assert.EndsWith(Path.Combine("program", "Main.yaml"), project.Program.File, StringComparison.Ordinal);
        Assert.Empty(project.Program.Config);
        Assert.Contains(project.Project!.Config, c => c is { Key: "publicSubnetIds", Type: "array" });
    }

    /// <summary>
    /// pulumi-yaml run.go <c>LoadDir</c> walks the program folder with packages/file.go <c>SearchPackageDecls</c>
    /// (filepath.WalkDir) and fails on any folder it cannot read; with the program at the root that walk met
    /// <c>.bluegreen/local</c>, whose PostgreSQL folders only their owner may open.
    /// </summary>
    [Fact]
    public void ProgramFolder_HoldsTheProgramAlone()
    {
        var folder = Path.Combine(RepositoryLayout.RootDirectory, ProjectLayout.ProgramDirectory);

        Assert.Equal(["Main.yaml"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }
}
