using Bluegreen.Cli;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Pulumi;
using Bluegreen.Stacks.Settings;
using Bluegreen.Tests.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi;

public sealed class PulumiStackEngineTests : IDisposable
{
    private static readonly string[] Up = ["up", "--yes", "--json"];

    private readonly PulumiScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    private string LogPath => Path.Combine(_scenario.ProjectDirectory, ".bluegreen", "dev", "operations.log");

    [Fact]
    public async Task SwitchAsync_ToIdleColor_SetsConfigThenUp_AndShowsTrafficChanges()
    {
        ExpectSwitchUpTo("blue", "green")
            .ExpectStack(Up, fixture: "Engines.Pulumi/Fixtures/switch-up-events.ndjson");

        var result = await Engine().SwitchAsync(DeploymentColor.Green, force: false, CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal((OperationResult.Succeeded, DeploymentColor.Blue, DeploymentColor.Green), (result.Result, result.From, result.To));
        Assert.Equal("Production traffic now goes to green (was blue).", result.Message);
        Assert.Equal(
            [
                new ResourceChange(ResourceOwner.Shared, "production-listener", "aws:lb/listener:Listener", "update", ["defaultActions[0].targetGroupArn"], true),
                new ResourceChange(ResourceOwner.Shared, "active-color", "aws:ssm/parameter:Parameter", "update", ["value"], true),
            ],
            result.TrafficChanges);
        Assert.Equal(
            """{"time":"2026-11-02T10:00:00+00:00","operation":"switch","stack":"dev","from":"blue","to":"green","result":"succeeded","durations":{"switch":1}}""" + "\n",
            File.ReadAllText(LogPath));
    }

    [Fact]
    public async Task UpAsync_AppliesCodeAndListsChanges()
    {
        _scenario.ExpectVersion().ExpectStack(Up, fixture: "Engines.Pulumi/Fixtures/deploy-up-events.ndjson");

        var result = await Engine().UpAsync(CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal(
            new UpResult("dev", EngineKind.Aws, OperationResult.Succeeded, result.Changes, 1, "The stack matches its code."),
            result);
        Assert.Equal(
            [new ResourceChange(ResourceOwner.Green, "green-web-svc", "aws:ecs/service:Service", "update", ["taskDefinition"], false)],
            result.Changes);
        Assert.Equal(
            """{"time":"2026-11-02T10:00:00+00:00","operation":"up","stack":"dev","result":"succeeded","durations":{"up":1}}""" + "\n",
            File.ReadAllText(LogPath));
    }

    [Fact]
    public async Task SwitchAsync_AlreadyActive_ChangesNothing()
    {
        _scenario.ExpectVersion().ExpectActiveColor("green");

        var result = await Engine().SwitchAsync(DeploymentColor.Green, force: false, CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal(OperationResult.Unchanged, result.Result);
        Assert.Equal("green is already active; nothing changed. Pass --force to re-apply.", result.Message);
    }

    [Fact]
    public async Task SwitchAsync_TargetNotInState_RefusesWithoutSettingConfig()
    {
        _scenario.ExpectVersion()
            .ExpectActiveColor("blue")
            .ExpectStack(["stack", "export"], stdout: """{"version": 3, "deployment": {"resources": []}}""");

        var result = await Engine().SwitchAsync(DeploymentColor.Green, force: false, CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal(OperationResult.Refused, result.Result);
        Assert.Equal(
            "Refusing to send production traffic to green: the state has no green environment. Run `bluegreen up` first. Nothing was changed.",
            result.Message);
        Assert.Equal(ExitCodes.TargetNotHealthy, EngineExitCodes.For(result.Engine, result.Result));
    }

    [Fact]
    public async Task RollbackAsync_AfterSwitch_GoesBackToPreviousColor()
    {
        OperationsLog.ForStack(_scenario.ProjectDirectory, "dev")
            .Append(new OperationRecord(SteppingTimeProvider.Now, "switch", "dev", "blue", "green", "succeeded"));
        ExpectSwitchUpTo("green", "blue")
            .ExpectStack(Up, fixture: "Engines.Pulumi/Fixtures/switch-up-events.ndjson");

        var result = await Engine().RollbackAsync(CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal(("rollback", DeploymentColor.Green, DeploymentColor.Blue, OperationResult.Succeeded), (result.Operation, result.From, result.To, result.Result));
        Assert.EndsWith(
            """{"operation":"rollback","stack":"dev","from":"green","to":"blue","result":"succeeded","durations":{"rollback":1}}""" + "\n",
            File.ReadAllText(LogPath).Replace("\"time\":\"2026-11-02T10:00:00+00:00\",", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SwitchAsync_UpFails_ReportsFailureAndHowToRecover()
    {
        ExpectSwitchUpTo("blue", "green")
            .ExpectStack(Up, stderr: "error: update failed\n", exitCode: 1);

        var result = await Engine().SwitchAsync(DeploymentColor.Green, force: false, CancellationToken.None);

        Assert.Equal(OperationResult.Failed, result.Result);
        Assert.Equal(
            "activeColor is now green but pulumi up failed: error: update failed. Traffic may be partly switched: fix the cause and run "
            + "`bluegreen switch --to green` again, or `bluegreen switch --to blue` to go back.",
            result.Message);
        Assert.Equal(ExitCodes.PulumiFailed, EngineExitCodes.For(result.Engine, result.Result));
    }

    [Fact]
    public async Task DeployAsync_SetsIdleColorImageTagThenUp()
    {
        _scenario.ExpectVersion()
            .ExpectActiveColor("blue")
            .ExpectStack(["config", "get", "greenImageTag", "--json"], stdout: """{"value": "v1", "secret": false}""")
            .ExpectStack(["config", "set", "greenImageTag", "v2"])
            .ExpectStack(Up, fixture: "Engines.Pulumi/Fixtures/deploy-up-events.ndjson");

        var result = await Engine().DeployAsync("v2", CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal((DeploymentColor.Green, "v2", "v1", OperationResult.Succeeded), (result.Color, result.Version, result.PreviousVersion, result.Result));
        Assert.Equal("green now runs v2; production traffic still goes to blue.", result.Message);
        Assert.Equal(
            [new ResourceChange(ResourceOwner.Green, "green-web-svc", "aws:ecs/service:Service", "update", ["taskDefinition"], false)],
            result.Changes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v 2")]
    [InlineData("-v2")]
    [InlineData("v2;rm")]
    [InlineData("42")]
    [InlineData("1.10")]
    [InlineData("20240101")]
    [InlineData("true")]
    public async Task DeployAsync_InvalidTag_RefusesBeforeRunningPulumi(string version)
    {
        var failure = await Assert.ThrowsAsync<StackFailureException>(() => Engine().DeployAsync(version, CancellationToken.None));

        Assert.Equal(StackError.InvalidInput, failure.Error);
        Assert.StartsWith($"\"{version}\" is not a usable image tag: it must be", failure.Message, StringComparison.Ordinal);
        Assert.Empty(_scenario.Invocations());
    }

    [Fact]
    public async Task StatusAsync_ReadsConfigAndOutputs()
    {
        _scenario.ExpectVersion()
            .ExpectActiveColor("green")
            .ExpectStack(["config", "get", "blueImageTag", "--json"], stdout: """{"value": "v1", "secret": false}""")
            .ExpectStack(["config", "get", "greenImageTag", "--json"], stderr: "error: configuration key 'bluegreen:greenImageTag' not found for stack 'dev'\n", exitCode: 1)
            .ExpectStack(["stack", "output", "--json"], stdout: """{"productionUrl": "http://bg-123.elb.amazonaws.com"}""");

        var status = await Engine().StatusAsync(CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal((DeploymentColor.Green, DeploymentColor.Blue), (status.ActiveColor, status.IdleColor));
        Assert.Equal(new Dictionary<string, string?> { ["blue"] = "v1", ["green"] = null }, status.Versions);
        Assert.Equal(new Dictionary<string, string?> { ["productionUrl"] = "http://bg-123.elb.amazonaws.com" }, status.Outputs);
        Assert.False(File.Exists(LogPath));
    }

    [Fact]
    public async Task DownAsync_RefusesAndPointsAtPulumiDestroy()
    {
        var failure = await Assert.ThrowsAsync<StackFailureException>(() => Engine().DownAsync(purge: true, CancellationToken.None));

        Assert.Equal(StackError.InvalidInput, failure.Error);
        Assert.Equal(
            $"bluegreen does not tear down AWS stacks. If you really mean to delete every resource of 'dev', run `pulumi destroy --stack dev` yourself from {_scenario.ProjectDirectory}.",
            failure.Message);
        Assert.Empty(_scenario.Invocations());
    }

    [Fact]
    public async Task DetectDriftAsync_RemediateWithTrafficInPlan_RefusesAndLogs()
    {
        _scenario.ExpectVersion()
            .ExpectStack(["refresh", "--preview-only", "--expect-no-changes", "--json"], fixture: "Engines.Pulumi/Drift/Fixtures/refresh-drift.json", exitCode: 7)
            .ExpectStack(["preview", "--json", "--expect-no-changes"], fixture: "Engines.Pulumi/Drift/Fixtures/no-changes.json")
            .ExpectStack(["preview", "--refresh", "--json"], fixture: "Engines.Pulumi/Drift/Fixtures/remediation-plan-traffic.json");

        var report = await Engine().DetectDriftAsync(new DriftOptions(Remediate: true), CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal(RemediationStatus.Refused, report.Remediation!.Status);
        Assert.Equal(ExitCodes.DriftFound, EngineExitCodes.For(report));
        Assert.Equal(
            """{"time":"2026-11-02T10:00:00+00:00","operation":"drift","stack":"dev","result":"driftFound","durations":{"drift":1},"detail":"Refused"}""" + "\n",
            File.ReadAllText(LogPath));
    }

    [Fact]
    public async Task DrillAsync_Refused_LogsTheAttempt()
    {
        _scenario.ExpectVersion().ExpectActiveColor("blue");

        var report = await Engine().DrillAsync(DeploymentColor.Blue, CancellationToken.None);

        Assert.Equal(ExitCodes.DrillRefused, EngineExitCodes.For(report));
        Assert.StartsWith(
            """{"time":"2026-11-02T10:00:00+00:00","operation":"drill","stack":"dev","to":"blue","result":"refused","durations":{"preflight":1},"detail":"blue is the active color;""",
            File.ReadAllText(LogPath), StringComparison.Ordinal);
    }

    /// <summary>A switch that passes its checks and sets the config; the test scripts the up that follows.</summary>
    private PulumiScenario ExpectSwitchUpTo(string from, string to) =>
        _scenario.ExpectVersion()
            .ExpectActiveColor(from)
            .ExpectStack(["stack", "export"], fixture: "Engines.Pulumi/Drill/Fixtures/stack-export.json")
            .ExpectStack(["config", "set", "activeColor", to]);

    private PulumiStackEngine Engine() =>
        new(_scenario.Stack(), OperationsLog.ForStack(_scenario.ProjectDirectory, "dev"), new SteppingTimeProvider());
}
