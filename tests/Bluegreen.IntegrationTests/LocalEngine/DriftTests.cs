using System.Diagnostics;
using System.Runtime.Versioning;
using Bluegreen.Cli;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Local.Artifacts;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.Reconcile;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.IntegrationTests.Processes;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.IntegrationTests.LocalEngine;

/// <summary>
/// Each test breaks the shared running stack in one way behind the engine's back, checks that drift names exactly
/// that, and remediates it (which the next test relies on).
/// </summary>
[SupportedOSPlatform("linux")]
[Collection(LocalStacksCollection.Name)]
public sealed class DriftTests(RunningStackFixture fixture) : IClassFixture<RunningStackFixture>
{
    private LocalTestStack Stack => fixture.Stack;

    [Fact]
    public async Task StoppedReplica_IsFoundForItsColor_AndRemediationStartsItAgain()
    {
        var replica = Path.Combine(Stack.Folder.Path, "pg", "replica-green");
        var server = PostmasterPidFile.Read(replica)!;
        ProcessTable.Interrupt(server.Pid);
        await OsProcesses.EventuallyAsync(() => Task.FromResult(PostmasterPidFile.Read(replica) is null), TimeSpan.FromSeconds(30), "replica-green stopped");

        var report = await DetectAsync();

        Assert.Contains(new DriftFinding(ResourceOwner.Green, "replica-green", LocalResourceTypes.Database, DriftKind.Changed, DriftSource.Live, "running", "true", "false"), report.Findings);
        Assert.DoesNotContain(report.Findings, f => f.Color == ResourceOwner.Blue);
        await RemediateAsync(allowTrafficChange: false);
    }

    [Fact]
    public async Task InstanceRemovedFromTheAgent_IsMissing_AndItsColorCannotTakeTraffic()
    {
        var idle = (await Stack.Engine.StatusAsync(CancellationToken.None)).IdleColor;
        var removed = $"web-{idle.Name()}-2";
        using (var agent = await Stack.AgentAsync())
        {
            var saved = ProcessSetChanges.Saved(new AgentFiles(Stack.Folder.Path));
            await agent.PutProcessesAsync(new DesiredProcessSet { Processes = saved.Processes.Where(p => p.Id != removed).ToList() }, CancellationToken.None);
        }

        var report = await DetectAsync();
        var refused = await Stack.Engine.SwitchAsync(idle, force: false, CancellationToken.None);

        var owner = ResourceOwners.Of(idle);
        Assert.Contains(new DriftFinding(owner, removed, LocalResourceTypes.Process, DriftKind.Missing, DriftSource.Live), report.Findings);
        Assert.Contains(new DriftFinding(owner, $"web-{idle.Name()}", LocalResourceTypes.Service, DriftKind.Changed, DriftSource.Live, "count", "2", "1"), report.Findings);
        Assert.Equal(OperationResult.Refused, refused.Result);
        Assert.Contains($"{removed} is not supervised", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Bluegreen.Cli.ExitCodes.TargetNotHealthy, EngineExitCodes.For(EngineKind.Local, refused.Result));
        await RemediateAsync(allowTrafficChange: false);
    }

    [Fact]
    public async Task ListenerPointedAtTheWrongColor_IsFound_AndMovedBackOnlyWhenTrafficChangeIsAllowed()
    {
        var status = await Stack.Engine.StatusAsync(CancellationToken.None);
        using (var admin = Stack.Admin())
        {
            await admin.OverrideListenerAsync("production", status.IdleColor.Name());
        }

        var report = await DetectAsync();
        var held = await Stack.Engine.DetectDriftAsync(new DriftOptions(Remediate: true), CancellationToken.None);

        Assert.Contains(new DriftFinding(ResourceOwner.Shared, "production-listener", LocalResourceTypes.RouterListener, DriftKind.Changed, DriftSource.Live,
            "color", status.ActiveColor.Name(), status.IdleColor.Name()), report.Findings);
        Assert.Equal((RemediationStatus.Refused, true), (held.Remediation!.Status, held.Remediation.ChangesProductionTraffic));
        Assert.Equal(Bluegreen.Cli.ExitCodes.DriftFound, EngineExitCodes.For(held));
        using (var stillWrong = await Stack.GetProductionAsync())
        {
            Assert.StartsWith($"{status.IdleColor.Name()}/", LocalTestStack.ServedBy(stillWrong));
        }

        await RemediateAsync(allowTrafficChange: true);
        using var fixedUp = await Stack.GetProductionAsync();
        Assert.StartsWith($"{status.ActiveColor.Name()}/", LocalTestStack.ServedBy(fixedUp));
    }

    [Fact]
    public async Task StrayInstanceOfTheStack_IsUnexpected_AndRemediationStopsIt()
    {
        var port = OsProcesses.FreePort();
        var sample = await new AppArtifacts(new PublishedApps().RepositoryRoot).ResolveAsync("sample", null, CancellationToken.None);
        var start = new ProcessStartInfo(DotnetHost.Path) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(sample);
        start.Environment[ProcessSpecs.StateMarker] = Stack.Folder.Path;
        start.Environment["BLUEGREEN_COLOR"] = "green";
        start.Environment["BLUEGREEN_INSTANCE"] = "web-green-9";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        using var stray = Process.Start(start)!;
        try
        {
            await OsProcesses.EventuallyAsync(async () =>
            {
                try
                {
                    using var answer = await SampleHttp.GetAsync(port, "/health");
                    return answer.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, TimeSpan.FromSeconds(30), "the stray instance answers");

            var report = await DetectAsync();

            var finding = Assert.Single(report.Findings);
            Assert.Equal((ResourceOwner.Green, $"web-green-9 (pid {stray.Id})", DriftKind.Unexpected, "pid"), (finding.Color, finding.Resource, finding.Kind, finding.Field));
            await RemediateAsync(allowTrafficChange: false);
            Assert.True(stray.WaitForExit(5000));
        }
        finally
        {
            if (!stray.HasExited)
            {
                stray.Kill();
            }
        }
    }

    [Fact]
    public async Task InstanceRunningAnotherVersion_IsFoundWithBothVersions()
    {
        var intended = (await Stack.Engine.StatusAsync(CancellationToken.None)).Versions["blue"]!;
        using (var agent = await Stack.AgentAsync())
        {
            var saved = ProcessSetChanges.Saved(new AgentFiles(Stack.Folder.Path));
            var changed = saved.Processes.Select(p => p.Id != "web-blue-1" ? p : p with
            {
                Environment = new Dictionary<string, string>(p.Environment) { ["BLUEGREEN_VERSION"] = "9.9.9" },
            }).ToList();
            await agent.PutProcessesAsync(new DesiredProcessSet { Processes = changed }, CancellationToken.None);
            await agent.WaitUntilHealthyAsync(["web-blue-1"], TimeSpan.FromSeconds(30), CancellationToken.None);
        }

        var report = await DetectAsync();

        Assert.Contains(new DriftFinding(ResourceOwner.Blue, "web-blue-1", LocalResourceTypes.Process, DriftKind.Changed, DriftSource.Live, "version", intended, "9.9.9"), report.Findings);
        await RemediateAsync(allowTrafficChange: false);
    }

    private async Task<DriftReport> DetectAsync()
    {
        var report = await Stack.Engine.DetectDriftAsync(new DriftOptions(), CancellationToken.None);
        Assert.Equal(DriftStatus.DriftFound, report.Status);
        return report;
    }

    /// <summary>Remediates, then checks the stack reports no drift and the log recorded both.</summary>
    private async Task RemediateAsync(bool allowTrafficChange)
    {
        var remediated = await Stack.Engine.DetectDriftAsync(new DriftOptions(Remediate: true, AllowTrafficChange: allowTrafficChange), CancellationToken.None);
        Assert.Equal(RemediationStatus.Applied, remediated.Remediation?.Status);

        var after = await Stack.Engine.DetectDriftAsync(new DriftOptions(), CancellationToken.None);
        Assert.Equal(DriftStatus.NoDrift, after.Status);
        var log = new OperationsLog(Stack.Folder.OperationsLog).ReadAll().TakeLast(2).Select(r => (r.Operation, r.Result, r.Detail)).ToList();
        Assert.Equal([("drift", "driftFound", "Applied"), ("drift", "noDrift", null)], log);
    }
}
