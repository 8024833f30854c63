using System.Text.Json;
using Bluegreen.Cli;
using Bluegreen.Stacks.Apps;
using Bluegreen.Synth;
using Bluegreen.Tests.Components;
using Bluegreen.Tests.Stacks;

namespace Bluegreen.Tests.Cli;

public class SynthCommandTests
{
    [Fact]
    public async Task Synth_WritesTheProgramAndThePackage_ThenFindsThemUnchanged()
    {
        using var project = new TempProject(new Dictionary<string, string> { ["dev"] = StackTexts.Aws, ["local"] = StackTexts.Local });

        var first = await Synth(project);
        var second = await Synth(project);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal("wrote Pulumi.yaml\nwrote program/Main.yaml\nwrote components/package/PulumiPlugin.yaml\n", first.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(["Pulumi.dev.yaml", "Pulumi.local.yaml", "Pulumi.yaml", "components/package/PulumiPlugin.yaml", "program/Main.yaml"], project.Files());
        foreach (var file in GeneratedFiles.Render(SampleApp.Definition))
        {
            Assert.Equal(file.Content, project.Read(file.RelativePath));
        }

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal("unchanged Pulumi.yaml\nunchanged program/Main.yaml\nunchanged components/package/PulumiPlugin.yaml\n", second.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Synth_OverTheOldOneFileLayout_RewritesPulumiYamlAsTheProjectAndRemovesNothingElse()
    {
        using var project = new TempProject(new Dictionary<string, string> { ["dev"] = StackTexts.Aws });
        File.WriteAllText(Path.Combine(project.Path, "Pulumi.yaml"), "name: bluegreen\nruntime: yaml\nresources: {}\n");
        File.WriteAllText(Path.Combine(project.Path, "notes.txt"), "mine");

        var run = await Synth(project);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["Pulumi.dev.yaml", "Pulumi.yaml", "components/package/PulumiPlugin.yaml", "notes.txt", "program/Main.yaml"], project.Files());
        Assert.Equal("mine", project.Read("notes.txt"));
        Assert.Contains("main: \"program/\"", project.Read("Pulumi.yaml"), StringComparison.Ordinal);
        Assert.DoesNotContain("resources:", project.Read("Pulumi.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synth_WithJson_ReportsEachFile()
    {
        using var project = new TempProject(new Dictionary<string, string> { ["dev"] = StackTexts.Aws });

        var run = await Synth(project, "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(
            [("Pulumi.yaml", "written"), ("program/Main.yaml", "written"), ("components/package/PulumiPlugin.yaml", "written")],
            json.RootElement.GetProperty("files").EnumerateArray().Select(f => (f.GetProperty("path").GetString(), f.GetProperty("status").GetString())));
    }

    [Fact]
    public async Task Synth_WithAnInvalidStackFile_WritesNothingAndListsEveryProblem()
    {
        var broken = StackTexts.Aws
            .With("bluegreen:activeColor: blue", "bluegreen:activeColor: purple")
            .With("bluegreen:webDesiredCount: 2", "bluegreen:webDesiredCount: -1");
        using var project = new TempProject(new Dictionary<string, string> { ["dev"] = StackTexts.Aws, ["prod"] = broken });

        var run = await Synth(project);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(["Pulumi.dev.yaml", "Pulumi.prod.yaml"], project.Files());
        Assert.Equal(
            """
            error: Nothing was written: 2 problem(s) in the app or its stack files.
              - Pulumi.prod.yaml: bluegreen:activeColor is "purple", but it must be one of "blue", "green". Fix: pulumi config set activeColor blue --stack prod
              - Pulumi.prod.yaml: bluegreen:webDesiredCount is -1, but it must be between 0 and 100. Fix: pulumi config set webDesiredCount 0 --stack prod

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            run.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Synth_WithAnInvalidApp_WritesNothing()
    {
        var app = TestApps.WithServices(TestApps.Web("api", "/api/*"), TestApps.Web("admin", "/api/*"));
        using var project = new TempProject(new Dictionary<string, string>());

        var run = await CliRunner.RunAsync(new CliServices { App = app, WorkingDirectory = project.Path }, "synth", "--project-dir", project.Path);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("  - app: Path \"/api/*\" is routed by \"api\" and \"admin\"; each path may belong to one web service.", run.Error, StringComparison.Ordinal);
        Assert.Empty(project.Files());
    }

    private static Task<CliRun> Synth(TempProject project, params string[] extra) =>
        CliRunner.RunAsync(new CliServices { WorkingDirectory = project.Path }, ["synth", "--project-dir", project.Path, .. extra]);
}
