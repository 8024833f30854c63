using System.Runtime.Versioning;
using Bluegreen.Cli;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Local.Health;

namespace Bluegreen.IntegrationTests.LocalEngine;

/// <summary>Deploy, switch, rollback, status and drift on one shared running stack; each test starts from whatever color is live.</summary>
[SupportedOSPlatform("linux")]
[Collection(LocalStacksCollection.Name)]
public sealed class TrafficTests(RunningStackFixture fixture) : IClassFixture<RunningStackFixture>
{
    private LocalTestStack Stack => fixture.Stack;

    [Fact]
    public async Task Deploy_GivesTheIdleColorTheVersion_ThenSwitchAndRollbackMoveProduction()
    {
        var active = (await Stack.Engine.StatusAsync(CancellationToken.None)).ActiveColor;
        var idle = active.Other();
        var version = $"2.0.{Random.Shared.Next(1000)}";

        var deploy = await Stack.Engine.DeployAsync(version, CancellationToken.None);

        Assert.Equal((OperationResult.Succeeded, idle, version), (deploy.Result, deploy.Color, deploy.Version));
        Assert.All(await ServedByAsync(Stack.GetTestAsync), servedBy => Assert.StartsWith($"{idle.Name()}/{version}/web-{idle.Name()}-", servedBy));
        Assert.All(await ServedByAsync(Stack.GetProductionAsync), servedBy => Assert.StartsWith($"{active.Name()}/", servedBy));

        var switched = await Stack.Engine.SwitchAsync(idle, force: false, CancellationToken.None);

        Assert.Equal((OperationResult.Succeeded, active, idle), (switched.Result, switched.From, switched.To));
        Assert.All(await ServedByAsync(Stack.GetProductionAsync), servedBy => Assert.StartsWith($"{idle.Name()}/{version}/", servedBy));
        Assert.Equal(idle.Name(), File.ReadAllText(Stack.Folder.ActiveColor).Trim());

        var rollback = await Stack.Engine.RollbackAsync(CancellationToken.None);

        Assert.Equal((OperationResult.Succeeded, "rollback", idle, active), (rollback.Result, rollback.Operation, rollback.From, rollback.To));
        Assert.All(await ServedByAsync(Stack.GetProductionAsync), servedBy => Assert.StartsWith($"{active.Name()}/", servedBy));
        var log = new OperationsLog(Stack.Folder.OperationsLog).ReadAll().TakeLast(3).Select(r => (r.Operation, r.Result, r.To, r.Version)).ToList();
        Assert.Equal([("deploy", "succeeded", null, version), ("switch", "succeeded", idle.Name(), null), ("rollback", "succeeded", active.Name(), null)], log);
    }

    [Fact]
    public async Task TwoSwitchesAtOnce_OneWins_TheOtherIsAConflict_AndTheStackIsConsistent()
    {
        var active = (await Stack.Engine.StatusAsync(CancellationToken.None)).ActiveColor;
        var target = active.Other();

        var first = Stack.CreateEngine().SwitchAsync(target, force: false, CancellationToken.None);
        var second = Stack.CreateEngine().SwitchAsync(target, force: false, CancellationToken.None);

        var conflict = await Assert.ThrowsAsync<StackFailureException>(() => second);
        Assert.Equal(StackError.Conflict, conflict.Error);
        Assert.Contains($"`switch` by pid {Environment.ProcessId}", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(OperationResult.Succeeded, (await first).Result);
        var status = await Stack.Engine.StatusAsync(CancellationToken.None);
        Assert.Equal((target, StackPhase.Healthy), (status.ActiveColor, status.Local().Phase));
        Assert.Equal(target.Name(), File.ReadAllText(Stack.Folder.ActiveColor).Trim());
        using var admin = Stack.Admin();
        Assert.Equal(target.Name(), (await admin.StatusAsync()).ServedColor);
    }

    [Fact]
    public async Task Switch_ToTheActiveColor_ChangesNothing_AndAnUnknownColorIsInvalidInput()
    {
        var active = (await Stack.Engine.StatusAsync(CancellationToken.None)).ActiveColor;

        var same = await Stack.Engine.SwitchAsync(active, force: false, CancellationToken.None);
        var unknown = await Assert.ThrowsAsync<StackFailureException>(() => Stack.Engine.SwitchAsync((DeploymentColor)7, force: false, CancellationToken.None));

        Assert.Equal(OperationResult.Unchanged, same.Result);
        Assert.Equal(StackError.InvalidInput, unknown.Error);
        Assert.Equal(active, (await Stack.Engine.StatusAsync(CancellationToken.None)).ActiveColor);
    }

    [Fact]
    public async Task Status_ShowsWhichListenerServesEachColor_AndCountsProductionRequests()
    {
        var before = await Stack.Engine.StatusAsync(CancellationToken.None);
        await ServedByAsync(Stack.GetProductionAsync);

        var status = await Stack.Engine.StatusAsync(CancellationToken.None);

        var active = status.ActiveColor.Name();
        Assert.Equal(StackPhase.Healthy, status.Local().Phase);
        Assert.Null(status.Local().Reason);
        Assert.Equal("production", status.Local().Colors.Single(c => c.Color == status.ActiveColor).Listener);
        Assert.Equal("test", status.Local().Colors.Single(c => c.Color == status.IdleColor).Listener);
        Assert.Equal(
            [("web", 2, 2), ("worker", 1, 1)],
            status.Local().Colors.Single(c => c.Color == status.IdleColor).Services.Select(s => (s.Service, s.Healthy, s.Desired)));
        long Requests(Bluegreen.Engines.Local.Status.LocalStackStatus local) =>
            local.Traffic.Single(t => t.Listener == "production" && t.Color == active).Requests;
        Assert.Equal(Requests(before.Local()) + 5, Requests(status.Local()));
        Assert.Equal($"http://127.0.0.1:{Stack.Ports.Production}/", status.Outputs["productionUrl"]);
    }

    [Fact]
    public async Task Drift_OnAStackThatMatchesItsDescription_FindsNothing()
    {
        var report = await Stack.Engine.DetectDriftAsync(new DriftOptions(), CancellationToken.None);

        Assert.Equal(DriftStatus.NoDrift, report.Status);
        Assert.Empty(report.Findings);
        Assert.Equal(ExitCodes.Success, EngineExitCodes.For(report));
    }

    [Fact]
    public async Task CorruptStateFiles_StopEveryChange_WithCorruptState_AndDisturbNothing()
    {
        var pids = await Stack.PidsAsync();
        foreach (var (file, content) in new[] { (Stack.Folder.Intent, "{\"activeColor\": \"purple\""), (Stack.Folder.ActiveColor, "purple\n") })
        {
            var original = File.ReadAllText(file);
            File.WriteAllText(file, content);
            try
            {
                var up = await Assert.ThrowsAsync<StackFailureException>(() => Stack.Engine.UpAsync(CancellationToken.None));
                var switched = await Assert.ThrowsAsync<StackFailureException>(() => Stack.Engine.SwitchAsync(DeploymentColor.Green, force: true, CancellationToken.None));

                Assert.Equal((StackError.CorruptState, StackError.CorruptState), (up.Error, switched.Error));
                Assert.Contains(file, up.Message, StringComparison.Ordinal);
                Assert.Equal(content, File.ReadAllText(file));
            }
            finally
            {
                File.WriteAllText(file, original);
            }
        }

        Assert.Equal(pids, await Stack.PidsAsync());
    }

    /// <summary>The X-Served-By header of five requests.</summary>
    private static async Task<IReadOnlyList<string>> ServedByAsync(Func<string, Task<HttpResponseMessage>> get)
    {
        var servedBy = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await get("/");
            servedBy.Add(LocalTestStack.ServedBy(response));
        }

        return servedBy;
    }
}
