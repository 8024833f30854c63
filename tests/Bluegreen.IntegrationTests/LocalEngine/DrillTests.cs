using System.Runtime.Versioning;
using Bluegreen.Bench.Local;
using Bluegreen.Cli;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Drill;
using Bluegreen.Engines.Local.Postgres;

namespace Bluegreen.IntegrationTests.LocalEngine;

[SupportedOSPlatform("linux")]
[Collection(LocalStacksCollection.Name)]
public sealed class DrillTests(RunningStackFixture fixture) : IClassFixture<RunningStackFixture>
{
    private LocalTestStack Stack => fixture.Stack;

    [Fact]
    public async Task Drill_OfTheActiveColor_IsRefused_AndTouchesNothing()
    {
        var active = (await Stack.Engine.StatusAsync(CancellationToken.None)).ActiveColor;
        var pids = await Stack.PidsAsync();

        var report = await Stack.Engine.DrillAsync(active, CancellationToken.None);

        Assert.Equal((DrillResult.Refused, active), (report.Result, report.Color));
        Assert.Contains("Switch first", report.Message, StringComparison.Ordinal);
        Assert.Equal(
            [(DrillPhases.Preflight, DrillPhaseStatus.Failed), (DrillPhases.Teardown, DrillPhaseStatus.Skipped), (DrillPhases.Rebuild, DrillPhaseStatus.Skipped), (DrillPhases.Verify, DrillPhaseStatus.Skipped)],
            report.Phases.Select(p => (p.Name, p.Status)));
        Assert.Equal(ExitCodes.DrillRefused, EngineExitCodes.For(report));
        Assert.Equal(pids, await Stack.PidsAsync());
    }

    [Fact]
    public async Task Drill_OfAnIncompleteIdleColor_FailsInPreflight_AndUpRepairsIt()
    {
        var idle = (await Stack.Engine.StatusAsync(CancellationToken.None)).IdleColor;
        var removed = $"worker-{idle.Name()}-1";
        using (var agent = await Stack.AgentAsync())
        {
            var saved = Bluegreen.Engines.Local.Reconcile.ProcessSetChanges.Saved(new Bluegreen.Local.Contracts.Agent.AgentFiles(Stack.Folder.Path));
            await agent.PutProcessesAsync(new Bluegreen.Local.Contracts.Agent.DesiredProcessSet { Processes = saved.Processes.Where(p => p.Id != removed).ToList() }, CancellationToken.None);
        }

        var report = await Stack.Engine.DrillAsync(null, CancellationToken.None);
        var up = await Stack.Engine.UpAsync(CancellationToken.None);

        Assert.Equal((DrillResult.Failed, idle), (report.Result, report.Color));
        Assert.StartsWith($"preflight failed: {idle.Name()} does not fully exist (missing: {removed}); run `bluegreen up --stack local` first.", report.Message, StringComparison.Ordinal);
        Assert.Equal([DrillPhaseStatus.Failed, DrillPhaseStatus.Skipped, DrillPhaseStatus.Skipped, DrillPhaseStatus.Skipped], report.Phases.Select(p => p.Status));
        Assert.Equal(ExitCodes.DrillFailed, EngineExitCodes.For(report));
        Assert.Equal([$"create {removed}"], up.Changes.Select(c => $"{c.Operation} {c.Resource}"));
    }

    [Fact]
    public async Task Drill_OfTheIdleColor_RebuildsIt_WithoutOneFailedProductionRequest()
    {
        var status = await Stack.Engine.StatusAsync(CancellationToken.None);
        var idle = status.IdleColor;
        var replica = Path.Combine(Stack.Folder.Path, "pg", $"replica-{idle.Name()}");
        var replicaBefore = PostmasterPidFile.Read(replica)!.Pid;
        var instancesBefore = (await Stack.PidsAsync()).Where(p => p.Contains($"-{idle.Name()}-", StringComparison.Ordinal)).ToList();
        await using var load = SteadyLoad.Start(new Uri($"http://127.0.0.1:{Stack.Ports.Production}/"), 100);

        var report = await Stack.Engine.DrillAsync(null, CancellationToken.None);
        var requests = await load.StopAsync();

        Assert.True(report.Result == DrillResult.Passed, report.Message + string.Concat(report.Phases.Select(p => $"\n{p.Name}: {p.Status} {p.Detail}")));
        Assert.Equal(idle, report.Color);
        Assert.Equal(DrillPhases.All, report.Phases.Select(p => p.Name));
        Assert.All(report.Phases, phase => Assert.Equal(DrillPhaseStatus.Passed, phase.Status));
        Assert.True(requests.Count > 100, $"only {requests.Count} production requests during the drill");
        Assert.Empty(requests.Where(r => !r.Succeeded).Select(r => r.Failure));
        Assert.All(requests, r => Assert.StartsWith($"{status.ActiveColor.Name()}/", r.ServedBy));
        Assert.NotEqual(replicaBefore, PostmasterPidFile.Read(replica)!.Pid);
        Assert.Empty(instancesBefore.Intersect(await Stack.PidsAsync()));
        var logged = new OperationsLog(Stack.Folder.OperationsLog).ReadAll()[^1];
        Assert.Equal(("drill", "passed", idle.Name()), (logged.Operation, logged.Result, logged.To));
        Assert.Equal(DrillPhases.All.Order(), logged.Durations!.Keys.Order());
    }
}
