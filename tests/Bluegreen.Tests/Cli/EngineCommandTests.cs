using System.Text.Json;
using Bluegreen.Cli;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Drill;
using Bluegreen.Engines.Local.Health;
using Bluegreen.Engines.Local.Status;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Stacks.Settings;
using Bluegreen.Tests.Stacks;
using Moq;
using TrafficStatus = Bluegreen.Local.Contracts.Routing.TrafficStatus;

namespace Bluegreen.Tests.Cli;

public class EngineCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Switch_ToAColor_DelegatesToTheStacksEngineAndReportsTheResult()
    {
        var engine = new Mock<IStackEngine>(MockBehavior.Strict);
        engine.Setup(e => e.SwitchAsync(DeploymentColor.Green, false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TrafficSwitchResult("local", EngineKind.Local, "switch", DeploymentColor.Blue, DeploymentColor.Green, OperationResult.Succeeded, [], 0.002, "green serves production."));
        using var project = new TempProject(new Dictionary<string, string> { ["local"] = StackTexts.Local });

        var run = await Run(project, engine, "switch", "--to", "green", "--stack", "local", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(("blue", "green", "succeeded"), (Text(json, "from"), Text(json, "to"), Text(json, "result")));
        engine.Verify(e => e.SwitchAsync(DeploymentColor.Green, false, It.IsAny<CancellationToken>()), Times.Once);
        engine.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Switch_ToAnUnknownColor_FailsWithInvalidInputAndNeverTouchesTheEngine()
    {
        var engine = new Mock<IStackEngine>(MockBehavior.Strict);
        using var project = new TempProject(new Dictionary<string, string> { ["local"] = StackTexts.Local });

        var run = await Run(project, engine, "switch", "--to", "purple", "--stack", "local");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("--to \"purple\" is not a color: use \"blue\" or \"green\".", run.Error, StringComparison.Ordinal);
        engine.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Switch_RefusedByTheEngine_ExitsWithTargetNotHealthy()
    {
        var engine = new Mock<IStackEngine>();
        engine.Setup(e => e.SwitchAsync(DeploymentColor.Green, false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TrafficSwitchResult("local", EngineKind.Local, "switch", DeploymentColor.Blue, DeploymentColor.Green, OperationResult.Refused, [], 0.01, "green has 1 of 2 healthy web instances."));
        using var project = new TempProject(new Dictionary<string, string> { ["local"] = StackTexts.Local });

        var run = await Run(project, engine, "switch", "--to", "green", "--stack", "local");

        Assert.Equal(ExitCodes.TargetNotHealthy, run.ExitCode);
        Assert.Contains("green has 1 of 2 healthy web instances.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyVerb_OnAnUnknownStack_FailsBeforeCreatingAnEngine()
    {
        var engine = new Mock<IStackEngine>(MockBehavior.Strict);
        using var project = new TempProject(new Dictionary<string, string> { ["local"] = StackTexts.Local });

        var run = await Run(project, engine, "up", "--stack", "staging");

        Assert.Equal(ExitCodes.UnknownStack, run.ExitCode);
        Assert.Contains("local", run.Error, StringComparison.Ordinal);
        engine.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("NoDrift", ExitCodes.Success)]
    [InlineData("DriftFound", ExitCodes.DriftFound)]
    [InlineData("CouldNotCheck", ExitCodes.CouldNotCheck)]
    public async Task Drift_ExitCode_NamesTheVerdict(string verdict, int exitCode)
    {
        var status = Enum.Parse<DriftStatus>(verdict);
        var findings = status == DriftStatus.DriftFound
            ? new[] { new DriftFinding(ResourceOwner.Green, "green-web-2", "instance", DriftKind.Missing, DriftSource.Live) }
            : [];
        var engine = new Mock<IStackEngine>();
        engine.Setup(e => e.DetectDriftAsync(new DriftOptions(true, false), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DriftReport("local", EngineKind.Local, Now, findings, status, status == DriftStatus.CouldNotCheck ? "the stack is not running" : null));
        using var project = new TempProject(new Dictionary<string, string> { ["local"] = StackTexts.Local });

        var run = await Run(project, engine, "drift", "--stack", "local", "--remediate");

        Assert.Equal(exitCode, run.ExitCode);
        engine.Verify(e => e.DetectDriftAsync(new DriftOptions(true, false), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Drill_OfTheActiveColor_ExitsWithDrillRefused()
    {
        var engine = new Mock<IStackEngine>();
        engine.Setup(e => e.DrillAsync(DeploymentColor.Blue, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DrillReport("local", EngineKind.Local, DeploymentColor.Blue, Now, [], 0, DrillResult.Refused, "blue is active: run bluegreen switch --to green first."));
        using var project = new TempProject(new Dictionary<string, string> { ["local"] = StackTexts.Local });

        var run = await Run(project, engine, "drill", "--stack", "local", "--color", "blue");

        Assert.Equal(ExitCodes.DrillRefused, run.ExitCode);
        Assert.Contains("run bluegreen switch --to green first.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrillHistory_ListsPastDrillsWithRecoveryTime_WithoutAnEngine()
    {
        var engine = new Mock<IStackEngine>(MockBehavior.Strict);
        using var project = new TempProject(new Dictionary<string, string> { ["local"] = StackTexts.Local });
        var log = new OperationsLog(Path.Combine(project.Path, ".bluegreen", "local", OperationsLog.FileName));
        log.Append(new OperationRecord(Now, "switch", "local", "blue", "green", "succeeded"));
        log.Append(new OperationRecord(Now.AddMinutes(5), "drill", "local", null, "blue", "passed",
            new Dictionary<string, double> { ["preflight"] = 0.1, ["teardown"] = 0.5, ["rebuild"] = 1.25, ["verify"] = 0.25 }));

        var run = await Run(project, engine, "drill", "--stack", "local", "--history", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var drill = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("blue", "passed", 2.0), (drill.GetProperty("color").GetString(), drill.GetProperty("result").GetString(), drill.GetProperty("recoverySeconds").GetDouble()));
        engine.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Deploy_WithAVersionHoldingSpaces_IsRejected()
    {
        var engine = new Mock<IStackEngine>(MockBehavior.Strict);
        using var project = new TempProject(new Dictionary<string, string> { ["local"] = StackTexts.Local });

        var run = await Run(project, engine, "deploy", "--stack", "local", "--version", "2.0 beta");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        engine.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Status_OfALocalStack_ShowsThePhaseEachColorsInstancesReplicaAndTraffic()
    {
        var local = new LocalStackStatus(
            StackPhase.Degraded,
            "green: web 1 of 2 healthy",
            [
                new ColorStatus(DeploymentColor.Blue, "1.0.0", "production", [new ServiceStatus("web", 2, 2), new ServiceStatus("worker", 1, 1)], new ReplicaSummary(true, true, 0, 0)),
                new ColorStatus(DeploymentColor.Green, "2.0.0", "test", [new ServiceStatus("web", 1, 2), new ServiceStatus("worker", 1, 1)], new ReplicaSummary(true, false, null, null)),
            ],
            [new TrafficStatus { Listener = "production", Color = "blue", Requests = 1200, ServerErrors = 3, InFlight = 0, LatencyP50Ms = 0.5, LatencyP99Ms = 4.25 }],
            new StackUrls("http://127.0.0.1:18080/", "http://127.0.0.1:18081/", "http://127.0.0.1:18082/admin/status"));
        var engine = new Mock<IStackEngine>();
        engine.Setup(e => e.StatusAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new StatusResult(
            "local", EngineKind.Local, DeploymentColor.Blue, DeploymentColor.Green,
            new Dictionary<string, string?> { ["blue"] = "1.0.0", ["green"] = "2.0.0" }, new Dictionary<string, string?>(), local));
        using var project = new TempProject(new Dictionary<string, string> { ["local"] = StackTexts.Local });

        var run = await Run(project, engine, "status", "--stack", "local");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("phase: degraded: green: web 1 of 2 healthy", run.Output, StringComparison.Ordinal);
        Assert.Contains("web 2/2, worker 1/1", run.Output, StringComparison.Ordinal);
        Assert.Contains("web 1/2, worker 1/1", run.Output, StringComparison.Ordinal);
        Assert.Contains("streaming, lag 0 B / 0.000 s", run.Output, StringComparison.Ordinal);
        Assert.Contains("not streaming", run.Output, StringComparison.Ordinal);
        Assert.Contains("4.25 ms", run.Output, StringComparison.Ordinal);
    }

    private static Task<CliRun> Run(TempProject project, Mock<IStackEngine> engine, params string[] args) =>
        CliRunner.RunAsync(
            new CliServices { WorkingDirectory = project.Path, Engines = (_, _, _, _) => engine.Object },
            [.. args, "--project-dir", project.Path]);

    private static string? Text(JsonDocument json, string name) => json.RootElement.GetProperty(name).GetString();
}
