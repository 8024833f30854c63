using Bluegreen.Tests.Common;
using System.Text.Json;
using Bluegreen.Cli;
using Bluegreen.Tests.Components;
using Bluegreen.Tests.Stacks;

namespace Bluegreen.Tests.Cli;

public class PlanCommandTests
{
    [Fact]
    public async Task Plan_ShowsWhatEachColorRuns()
    {
        using var project = new TempProject(new Dictionary<string, string> { ["dev"] = StackTexts.Aws });

        var run = await Plan(project, "dev");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("Stack dev (aws, eu-west-1): blue is active, green is idle.\nImages from 123456789012.dkr.ecr.eu-west-1.amazonaws.com.\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("bluegreen/sample-web:1.1.0", run.Output, StringComparison.Ordinal);
        Assert.Contains("production :443 /*", run.Output, StringComparison.Ordinal);
        Assert.Contains("test :8443 /*", run.Output, StringComparison.Ordinal);
        Assert.Contains("jobs paused", run.Output, StringComparison.Ordinal);
        Assert.Equal(["Pulumi.dev.yaml"], project.Files());
    }

    [Fact]
    public async Task Plan_WithJson_GivesEveryColorAndService()
    {
        using var project = new TempProject(new Dictionary<string, string> { ["dev"] = StackTexts.Aws.With("bluegreen:activeColor: blue", "bluegreen:activeColor: green") });

        var run = await Plan(project, "dev", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(("dev", "aws", "green", "blue"), (Text(root, "stack"), Text(root, "engine"), Text(root, "activeColor"), Text(root, "idleColor")));
        var blue = root.GetProperty("colors")[0];
        Assert.Equal(("blue", "idle", "test", 8443, "1.0.0", "db.t4g.micro"),
            (Text(blue, "color"), Text(blue, "role"), Text(blue, "listener"), blue.GetProperty("listenerPort").GetInt32(), Text(blue, "imageTag"), Text(blue, "replicaInstanceClass")));
        var web = blue.GetProperty("services")[0];
        Assert.Equal(("web", "web", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/bluegreen/sample-web:1.0.0", 2, 512, 1024, "test"),
            (Text(web, "name"), Text(web, "kind"), Text(web, "image"), web.GetProperty("desiredCount").GetInt32(), web.GetProperty("cpu").GetInt32(), web.GetProperty("memoryMiB").GetInt32(), Text(web, "listener")));
        var greenWorker = root.GetProperty("colors")[1].GetProperty("services")[1];
        Assert.Equal(("worker", true, "123456789012.dkr.ecr.eu-west-1.amazonaws.com/bluegreen/sample-worker:1.1.0"),
            (Text(greenWorker, "name"), greenWorker.GetProperty("runsJobs").GetBoolean(), Text(greenWorker, "image")));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Plan_OfACommittedStack_PassesAndListsThePlaceholdersToReplace(string stack)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, $"Pulumi.{stack}.yaml"));
        using var project = new TempProject(new Dictionary<string, string> { [stack] = text });

        var run = await Plan(project, stack);
        var json = await Plan(project, stack, "--json");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (run.ExitCode, json.ExitCode));
        Assert.Contains($"setting(s) of {stack} are placeholders; AWS rejects them, so replace them before pulumi up:", run.Output, StringComparison.Ordinal);
        Assert.Contains($"  bluegreen:vpcId is \"vpc-0000000000000000{(stack == "dev" ? 1 : 2)}\". Fix: pulumi config set vpcId <vpc-…> --stack {stack}", run.Output, StringComparison.Ordinal);
        Assert.Contains("  bluegreen:certificateArn is \"arn:aws:acm:eu-west-1:000000000000:certificate/…000000000000\"", run.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var placeholders = document.RootElement.GetProperty("placeholders");
        Assert.Equal("bluegreen:imageRegistry", Text(placeholders[0], "key"));
        Assert.Equal("000000000000.dkr.ecr.eu-west-1.amazonaws.com", Text(placeholders[0], "value"));
    }

    [Fact]
    public async Task Plan_OfALocalStack_ShowsLocalPortsAndNoFargateSizes()
    {
        using var project = new TempProject(new Dictionary<string, string> { ["local"] = StackTexts.Local });

        var run = await Plan(project, "local", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var green = json.RootElement.GetProperty("colors")[1];
        Assert.Equal(("active", "production", 18080, "local"), (Text(green, "role"), Text(green, "listener"), green.GetProperty("listenerPort").GetInt32(), Text(green, "replicaInstanceClass")));
        Assert.False(green.GetProperty("services")[0].TryGetProperty("cpu", out _));
        Assert.Equal("/usr/bin/env true", Text(green.GetProperty("services")[1], "image"));
    }

    [Fact]
    public async Task Plan_OfAnUnknownStack_ExitsWithUnknownStack()
    {
        using var project = new TempProject(new Dictionary<string, string> { ["dev"] = StackTexts.Aws, ["prod"] = StackTexts.Aws });

        var run = await Plan(project, "qa");

        Assert.Equal(ExitCodes.UnknownStack, run.ExitCode);
        Assert.Equal($"error: No stack \"qa\": there is no Pulumi.qa.yaml in {project.Path}. Stacks here: dev, prod. Create it with: pulumi stack init qa\n", run.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("bluegreen:activeColor: blue", "bluegreen:activeColor: purple", "bluegreen:activeColor is \"purple\", but it must be one of \"blue\", \"green\".")]
    [InlineData("  bluegreen:blueImageTag: 1.0.0\n", "", "bluegreen:blueImageTag is missing.")]
    [InlineData("bluegreen:webCpu: 512", "bluegreen:webCpus: 512", "bluegreen:webCpus is not a known setting. Did you mean bluegreen:webCpu?")]
    [InlineData("bluegreen:webDesiredCount: 2", "bluegreen:webDesiredCount: two", "bluegreen:webDesiredCount is \"two\", but it must be a whole number.")]
    [InlineData("bluegreen:webDesiredCount: 2", "bluegreen:webDesiredCount: -1", "bluegreen:webDesiredCount is -1, but it must be between 0 and 100.")]
    public async Task Plan_OfAnInvalidStack_ExplainsTheProblemAndExitsWithInvalidInput(string line, string replacement, string message)
    {
        using var project = new TempProject(new Dictionary<string, string> { ["dev"] = StackTexts.Aws.With(line, replacement) });

        var run = await Plan(project, "dev");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith("error: Stack \"dev\" has 1 invalid setting(s) in Pulumi.dev.yaml.\n  - " + message, run.Error.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(["Pulumi.dev.yaml"], project.Files());
    }

    [Fact]
    public async Task Plan_OfAnAppWithTwoServicesOnOnePath_ExitsWithInvalidInput()
    {
        var app = TestApps.WithServices(TestApps.Web("api", "/api/*"), TestApps.Web("admin", "/api/*"));
        using var project = new TempProject(new Dictionary<string, string> { ["dev"] = StackTexts.Aws });

        var run = await CliRunner.RunAsync(new CliServices { App = app, WorkingDirectory = project.Path }, "plan", "--stack", "dev", "--project-dir", project.Path, "--json");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var error = json.RootElement.GetProperty("error");
        Assert.Equal(ExitCodes.InvalidInput, error.GetProperty("exitCode").GetInt32());
        Assert.Equal("Path \"/api/*\" is routed by \"api\" and \"admin\"; each path may belong to one web service.", error.GetProperty("details")[0].GetString());
    }

    private static Task<CliRun> Plan(TempProject project, string stack, params string[] extra) =>
        CliRunner.RunAsync(new CliServices { WorkingDirectory = project.Path }, ["plan", "--stack", stack, "--project-dir", project.Path, .. extra]);

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
