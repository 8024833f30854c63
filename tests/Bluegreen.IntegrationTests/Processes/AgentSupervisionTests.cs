using System.Net;
using System.Net.Sockets;
using Bluegreen.Engines;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.IntegrationTests.Processes;

[Collection(ProcessesCollection.Name)]
public sealed class AgentSupervisionTests(PublishedApps apps) : AgentTestBase(apps)
{
    [Fact]
    public async Task DesiredSet_ThreeWebInstances_AllBecomeHealthyAndAnswerWithTheirColorAndVersion()
    {
        var specs = Enumerable.Range(1, 3)
            .Select(n => Agent.Web($"web-blue-{n}", "blue", "1.4.2", OsProcesses.FreePort()))
            .ToArray();

        await Agent.ApplyAsync(specs);
        var observed = await Agent.WaitUntilHealthyAsync(specs);

        foreach (var spec in specs)
        {
            var status = observed.Processes.Single(p => p.Id == spec.Id);
            Assert.Equal(ProcessState.Healthy, status.State);
            Assert.Equal(spec.Port, status.Port);
            Assert.Equal([status.Pid!.Value], Agent.InstancesNamed(spec.Id));
            using var response = await SampleHttp.GetAsync(spec.Port!.Value, "/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"blue/1.4.2/{spec.Id}", Assert.Single(response.Headers.GetValues("X-Served-By")));
            Assert.Equal(new IdentityAnswer("web", "blue", "1.4.2", spec.Id), await SampleHttp.GetJsonAsync<IdentityAnswer>(spec.Port.Value, "/"));
        }
    }

    [Fact]
    public async Task KilledInstance_IsRestartedWithANewPid_AndCountsOneRestart()
    {
        var victim = Agent.Web("web-blue-1", "blue", "1.0.0", OsProcesses.FreePort());
        var bystander = Agent.Web("web-blue-2", "blue", "1.0.0", OsProcesses.FreePort());
        await Agent.ApplyAsync(victim, bystander);
        var before = await Agent.WaitUntilHealthyAsync(victim, bystander);
        var victimPid = before.Processes.Single(p => p.Id == victim.Id).Pid!.Value;
        var bystanderPid = before.Processes.Single(p => p.Id == bystander.Id).Pid!.Value;

        OsProcesses.Kill(victimPid);
        var restarted = await Agent.WaitForAsync(victim.Id, s => s.Healthy && s.Pid != victimPid, "is healthy again with a new pid");

        Assert.Equal(1, restarted.Restarts);
        Assert.Equal(137, restarted.LastExitCode);
        Assert.Equal([restarted.Pid!.Value], Agent.InstancesNamed(victim.Id));
        var untouched = await Agent.StatusAsync(bystander.Id);
        Assert.Equal((bystanderPid, 0, ProcessState.Healthy), (untouched.Pid!.Value, untouched.Restarts, untouched.State));
    }

    [Fact]
    public async Task NewDesiredSet_StopsRemovedWithSigterm_StartsNew_RestartsChanged_KeepsUnchanged()
    {
        var kept = Agent.Web("web-blue-1", "blue", "1.0.0", OsProcesses.FreePort());
        var removed = Agent.Web("web-blue-2", "blue", "1.0.0", OsProcesses.FreePort());
        var changed = Agent.Web("web-blue-3", "blue", "1.0.0", OsProcesses.FreePort());
        await Agent.ApplyAsync(kept, removed, changed);
        var before = await Agent.WaitUntilHealthyAsync(kept, removed, changed);
        int PidBefore(ProcessSpec spec) => before.Processes.Single(p => p.Id == spec.Id).Pid!.Value;

        var added = Agent.Web("web-green-1", "green", "2.0.0", OsProcesses.FreePort());
        var changedToV2 = changed with { Environment = new Dictionary<string, string>(changed.Environment) { ["BLUEGREEN_VERSION"] = "2.0.0" } };
        var applied = await Agent.ApplyAsync(kept, changedToV2, added);

        Assert.Equal(["web-blue-1", "web-blue-3", "web-green-1"], applied.Processes.Select(p => p.Id));
        Assert.False(OsProcesses.IsAlive(PidBefore(removed)));
        Assert.False(OsProcesses.IsAlive(PidBefore(changed)));
        Assert.Contains("Application is shutting down...", await File.ReadAllTextAsync(removed.LogFile));
        var after = await Agent.WaitUntilHealthyAsync(kept, changedToV2, added);
        var keptNow = after.Processes.Single(p => p.Id == kept.Id);
        Assert.Equal((PidBefore(kept), 0), (keptNow.Pid!.Value, keptNow.Restarts));
        Assert.NotEqual(PidBefore(changed), after.Processes.Single(p => p.Id == changed.Id).Pid);
        Assert.Equal("2.0.0", (await SampleHttp.GetJsonAsync<IdentityAnswer>(changed.Port!.Value, "/")).Version);
        Assert.Equal("green", (await SampleHttp.GetJsonAsync<IdentityAnswer>(added.Port!.Value, "/")).Color);
    }

    [Fact]
    public async Task MissingProgram_FailsWithAClearError_AndTheOthersStayHealthy()
    {
        var good = Agent.Web("web-blue-1", "blue", "1.0.0", OsProcesses.FreePort());
        var missing = Agent.Web("web-blue-2", "blue", "1.0.0", OsProcesses.FreePort()) with { FileName = "bluegreen-no-such-program" };

        await Agent.ApplyAsync(good, missing);
        var failed = await Agent.WaitForAsync(missing.Id, s => s.State == ProcessState.Failed, "has failed");
        var error = await Assert.ThrowsAsync<StackFailureException>(() => Agent.WaitUntilHealthyAsync(good, missing));
        await Agent.WaitUntilHealthyAsync(good);

        Assert.StartsWith("program \"bluegreen-no-such-program\" was not found on PATH (", failed.Error, StringComparison.Ordinal);
        Assert.EndsWith("); install it or give fileName as an absolute path.", failed.Error, StringComparison.Ordinal);
        Assert.Equal((0, (int?)null), (failed.Restarts, failed.Pid));
        Assert.Equal(StackError.InvalidInput, error.Error);
        Assert.Equal([$"web-blue-2: failed, 0 restart(s): {failed.Error}"], error.Details);
    }

    [Fact]
    public async Task PortAlreadyInUse_IsReportedAndRetriedWithBackoff_ThenStartsOnceFree()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var blocked = Agent.Web("web-blue-1", "blue", "1.0.0", port);

        await Agent.ApplyAsync(blocked);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var status = await Agent.StatusAsync(blocked.Id);
        squatter.Stop();
        var started = await Agent.WaitForAsync(blocked.Id, s => s.Healthy, "is healthy after the port was freed");

        Assert.Equal(ProcessState.BackingOff, status.State);
        Assert.Equal($"port {port} on 127.0.0.1 is in use by another process; stop that process or give this one another port.", status.Error);
        // Attempts at 0, 0.1, 0.3, 0.7 and 1.5 s: a few restarts, not a loop at full speed.
        Assert.InRange(status.Restarts, 2, 5);
        Assert.NotNull(status.NextStartAt);
        Assert.Equal([started.Pid!.Value], Agent.InstancesNamed(blocked.Id));
    }

    [Fact]
    public async Task ChangedSpecOnTheSamePort_WhileClosedConnectionsLinger_StartsWithoutBackoff()
    {
        var v1 = Agent.Web("web-blue-1", "blue", "1.0.0", OsProcesses.FreePort());
        await Agent.ApplyAsync(v1);
        await Agent.WaitUntilHealthyAsync(v1);
        // Connections the server closes first leave its port in TIME_WAIT for a minute.
        for (var request = 0; request < 3; request++)
        {
            using var response = await SampleHttp.GetClosingAsync(v1.Port!.Value, "/");
        }

        var v2 = v1 with { Environment = new Dictionary<string, string>(v1.Environment) { ["BLUEGREEN_VERSION"] = "2.0.0" } };
        await Agent.ApplyAsync(v2);
        var started = (await Agent.WaitUntilHealthyAsync(v2)).Processes.Single();

        Assert.Equal((0, (string?)null), (started.Restarts, started.Error));
        Assert.Equal("2.0.0", (await SampleHttp.GetJsonAsync<IdentityAnswer>(v2.Port!.Value, "/")).Version);
    }
}
