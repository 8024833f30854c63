using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Tests.Host;

/// <summary>Where the host finds the program and the packages: getPwdMain, LoadDir/probeForFile, resolvePluginPath.</summary>
public class LayoutTests
{
    private const string Package = """
        name: bgcolor
        runtime: yaml
        components:
          Color:
            inputs:
              color: {type: string}
            outputs:
              name: ${color}
        """;

    [Fact]
    public void Load_MainFolder_ReadsMainYamlThereAndPackagesFromTheRoot()
    {
        var project = HostProjects.Load(
            ("Pulumi.yaml", "name: shop\nruntime: yaml\nmain: program/\npackages:\n  bgcolor: ./components/package\n"),
            ("program/Main.yaml", "resources:\n  blue: {type: bgcolor:index:Color, properties: {color: blue}}\n"),
            ("components/package/PulumiPlugin.yaml", Package));

        Assert.EndsWith(Path.Combine("program", "Main.yaml"), project.Program.File, StringComparison.Ordinal);
        Assert.Equal("shop", project.Program.Name);
        Assert.Equal("bgcolor", Assert.Single(project.Packages).Name);
        Assert.Empty(project.Findings);
    }

    [Fact]
    public void Load_MainYamlBesidePulumiYaml_IsReadBeforePulumiYaml()
    {
        var project = HostProjects.Load(("Pulumi.yaml", "name: shop\nruntime: yaml\noutputs: {from: project}\n"), ("Main.yaml", "outputs: {from: main}\n"));

        Assert.EndsWith("Main.yaml", project.Program.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProgramFolderWithSubfolders_IsASearchPackageDeclsFinding()
    {
        var findings = HostProjects.Findings(("Pulumi.yaml", "name: shop\nruntime: yaml\noutputs: {a: 1}\n"), ("state/local/x.txt", "")).From(HostSources.SearchPackageDecls);

        Assert.Contains("(state)", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MainThatDoesNotExist_CannotLoad()
    {
        var error = Assert.Throws<PulumiYamlException>(() => HostProjects.Load(("Pulumi.yaml", "name: shop\nruntime: yaml\nmain: program/\n")));

        Assert.Contains("project 'main' could not be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PackagePathRelativeToTheProgramFolder_IsNotFound()
    {
        var findings = HostProjects.Findings(
            ("Pulumi.yaml", "name: shop\nruntime: yaml\nmain: program/\npackages:\n  bgcolor: ./package\n"),
            ("program/Main.yaml", "outputs: {a: 1}\n"),
            ("program/package/PulumiPlugin.yaml", Package)).From(HostSources.ResolvePluginPath);

        Assert.Equal("packages.bgcolor", Assert.Single(findings).Path);
    }

    [Fact]
    public void Load_PackageNamedLikeTheProject_IsAGetPackageConfigFinding()
    {
        var findings = HostProjects.Findings(
            ("Pulumi.yaml", "name: bgcolor\nruntime: yaml\nmain: program/\npackages:\n  bgcolor: ./components/package\n"),
            ("program/Main.yaml", "outputs: {a: 1}\n"),
            ("components/package/PulumiPlugin.yaml", Package)).From(HostSources.GetPackageConfig);

        Assert.Single(findings);
    }

    [Fact]
    public void LoadChecked_AnyFinding_ThrowsWithEveryFinding()
    {
        using var folder = new Testing.TempProject([("Pulumi.yaml", "name: shop\nruntime: yaml\nconfig:\n  x: {type: array, items: {type: string}, description: d}\n")]);

        var error = Assert.Throws<HostRulesException>(() => Model.PulumiYamlProject.LoadChecked(folder.ProgramFile));

        Assert.Equal(new[] { HostSources.ConfigParse, HostSources.ParseRecord }.Order(), error.Findings.Select(f => f.Source).Order());
    }
}
