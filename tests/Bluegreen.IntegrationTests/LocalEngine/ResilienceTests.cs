using System.Diagnostics;
using System.Runtime.Versioning;
using Bluegreen.Bench.Local;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.IntegrationTests.Processes;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.IntegrationTests.LocalEngine;

/// <summary>Processes killed with SIGKILL under a running stack: the agent restarts them, the router routes around them.</summary>
[SupportedOSPlatform("linux")]
[Collection(LocalStacksCollection.Name)]
public sealed class ResilienceTests(RunningStackFixture fixture) : IClassFixture<RunningStackFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private LocalTestStack Stack => fixture.Stack;

    [Fact]
    public async Task KilledInstance_LeavesRotationAndIsRestarted_AndNoRequestFailsOnceTheRouterNoticed()
    {
        var active = (await Stack.Engine.StatusAsync(CancellationToken.None)).ActiveColor;
        var victim = $"web-{active.Name()}-1";
        var before = await Stack.ProcessAsync(victim);
        using var admin = Stack.Admin();
        await using var load = SteadyLoad.Start(new Uri($"http://127.0.0.1:{Stack.Ports.Production}/"), 100);
        await Task.Delay(500);

        OsProcesses.Kill(before.Pid!.Value);
        long? noticedAt = null;
        await OsProcesses.EventuallyAsync(async () =>
        {
            var destination = (await admin.StatusAsync()).Destinations.Single(d => d.InstanceId == victim);
            var health = destination.Health;
            // "Noticed" is the active health check's verdict: it holds the instance out until a probe of the restarted
            // process succeeds. A passive (failed-request) verdict alone is lifted after a short reactivation period.
            noticedAt ??= destination.ActiveHealth == DestinationHealthNames.Unhealthy ? Stopwatch.GetTimestamp() : null;
            var process = await Stack.ProcessAsync(victim);
            return noticedAt is not null && process.State == ProcessState.Healthy && process.Pid != before.Pid && health == DestinationHealthNames.Healthy;
        }, Patience, $"the router took {victim} out of rotation, and it came back healthy");
        await Task.Delay(500);
        var requests = await load.StopAsync();

        var restarted = await Stack.ProcessAsync(victim);
        Assert.Equal(before.Restarts + 1, restarted.Restarts);
        var afterNoticed = requests.Where(r => r.StartedAt > noticedAt).ToList();
        Assert.True(afterNoticed.Count > 50, $"only {afterNoticed.Count} requests after the router noticed");
        Assert.Empty(afterNoticed.Where(r => !r.Succeeded).Select(r => r.Failure));
        Assert.All(afterNoticed, r => Assert.StartsWith($"{active.Name()}/", r.ServedBy));
    }

    [Fact]
    public async Task KilledRouter_IsRestartedByTheAgent_AndServesTheColorOfTheLastSwitch()
    {
        var active = (await Stack.Engine.StatusAsync(CancellationToken.None)).ActiveColor;
        var target = active.Other();
        Assert.Equal(OperationResult.Succeeded, (await Stack.Engine.SwitchAsync(target, force: false, CancellationToken.None)).Result);
        var router = await Stack.ProcessAsync("router");

        OsProcesses.Kill(router.Pid!.Value);
        await OsProcesses.EventuallyAsync(async () =>
        {
            var process = await Stack.ProcessAsync("router");
            return process.State == ProcessState.Healthy && process.Pid != router.Pid;
        }, Patience, "the agent restarted the router");
        using var admin = Stack.Admin();
        var status = await admin.WaitUntilReadyAsync(Patience);

        Assert.Equal(target.Name(), status.ServedColor);
        using (var production = await Stack.GetProductionAsync())
        {
            Assert.StartsWith($"{target.Name()}/", LocalTestStack.ServedBy(production));
        }

        await Stack.WaitHealthyAsync();
        var back = await Stack.Engine.SwitchAsync(active, force: false, CancellationToken.None);

        Assert.Equal(OperationResult.Succeeded, back.Result);
        using var after = await Stack.GetProductionAsync();
        Assert.StartsWith($"{active.Name()}/", LocalTestStack.ServedBy(after));
    }
}
