using System.Diagnostics;
using System.Text.Json;
using Bluegreen.Engines.Local.Agent;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.IntegrationTests.Processes;

[Collection(ProcessesCollection.Name)]
public sealed class AgentRestartTests(PublishedApps apps) : AgentTestBase(apps)
{
    [Fact]
    public async Task KilledAgent_NextAgentAdoptsTheRunningInstances_WithoutDuplicates()
    {
        var web1 = Agent.Web("web-blue-1", "blue", "1.0.0", OsProcesses.FreePort());
        var web2 = Agent.Web("web-blue-2", "blue", "1.0.0", OsProcesses.FreePort());
        await Agent.ApplyAsync(web1, web2);
        var before = await Agent.WaitUntilHealthyAsync(web1, web2);
        var oldAgent = Agent.Client.Endpoint.Pid;

        OsProcesses.Kill(oldAgent);
        await OsProcesses.EventuallyAsync(() => Task.FromResult(!OsProcesses.IsAlive(oldAgent)), TimeSpan.FromSeconds(10), "the agent is gone");
        await Agent.ConnectAsync();
        var after = await Agent.WaitUntilHealthyAsync(web1, web2);

        Assert.NotEqual(oldAgent, after.AgentPid);
        foreach (var spec in new[] { web1, web2 })
        {
            var pid = before.Processes.Single(p => p.Id == spec.Id).Pid!.Value;
            var adopted = after.Processes.Single(p => p.Id == spec.Id);
            Assert.Equal((pid, 0), (adopted.Pid!.Value, adopted.Restarts));
            Assert.Equal([pid], Agent.InstancesNamed(spec.Id));
            Assert.Equal(spec.Id, (await SampleHttp.GetJsonAsync<IdentityAnswer>(spec.Port!.Value, "/")).Instance);
        }
    }

    [Fact]
    public async Task AdoptedInstanceKilled_NewAgentRestartsIt()
    {
        var web = Agent.Web("web-blue-1", "blue", "1.0.0", OsProcesses.FreePort());
        await Agent.ApplyAsync(web);
        await Agent.WaitUntilHealthyAsync(web);
        OsProcesses.Kill(Agent.Client.Endpoint.Pid);
        await Agent.ConnectAsync();
        var adoptedPid = (await Agent.WaitUntilHealthyAsync(web)).Processes.Single().Pid!.Value;

        OsProcesses.Kill(adoptedPid);
        var restarted = await Agent.WaitForAsync(web.Id, s => s.Healthy && s.Pid != adoptedPid, "is healthy again with a new pid");

        Assert.Equal(1, restarted.Restarts);
        Assert.Null(restarted.LastExitCode);
        Assert.Equal([restarted.Pid!.Value], Agent.InstancesNamed(web.Id));
    }

    [Fact]
    public async Task TwoLaunchersAtOnce_OnAFolderWithoutAgent_ShareOneAgent()
    {
        var first = Agent.Client.Endpoint.Pid;
        await Agent.Client.ShutdownAsync(CancellationToken.None);
        await OsProcesses.EventuallyAsync(() => Task.FromResult(!OsProcesses.IsAlive(first)), TimeSpan.FromSeconds(10), "the first agent has exited");

        var racing = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            new AgentLauncher().EnsureRunningAsync(Agent.StateDirectory, Apps.AgentDll, null, CancellationToken.None)));
        await Agent.ConnectAsync();

        Assert.Equal(racing[0].Endpoint.Pid, racing[1].Endpoint.Pid);
        Assert.Equal(racing[0].Endpoint.Pid, Agent.Client.Endpoint.Pid);
        Assert.NotEqual(first, racing[0].Endpoint.Pid);
        Assert.Equal([racing[0].Endpoint.Pid], OsProcesses.WithCommandLine($"--state {Agent.StateDirectory}"));
        Assert.Empty((await Agent.Client.GetProcessesAsync(CancellationToken.None)).Processes);
        foreach (var client in racing)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task NewAgent_LeftoverRecords_StopsOnlyProcessesWhosePidAndStartTimeBothMatch()
    {
        await Agent.Client.ShutdownAsync(CancellationToken.None);
        await OsProcesses.EventuallyAsync(() => Task.FromResult(!OsProcesses.IsAlive(Agent.Client.Endpoint.Pid)), TimeSpan.FromSeconds(10), "the agent has exited");
        using var reused = Process.Start("sleep", "60");
        using var leftover = Process.Start("sleep", "60");
        var web = Agent.Web("web-blue-1", "blue", "1.0.0", OsProcesses.FreePort());
        var files = new AgentFiles(Agent.StateDirectory);
        await File.WriteAllTextAsync(files.Desired, JsonSerializer.Serialize(new DesiredProcessSet { Processes = [web] }, AgentJson.Options));
        await File.WriteAllTextAsync(files.Pids, JsonSerializer.Serialize(new object[]
        {
            // The recorded process is gone and its pid now names an unrelated one: a different start time.
            new { id = "web-blue-1", pid = reused.Id, startTime = OsProcesses.StartTime(reused.Id) + 1, fingerprint = "0000000000000000" },
            // Still the recorded process, but no longer desired as it is.
            new { id = "web-blue-2", pid = leftover.Id, startTime = OsProcesses.StartTime(leftover.Id), fingerprint = "0000000000000000" },
        }));

        await Agent.ConnectAsync();
        var started = (await Agent.WaitUntilHealthyAsync(web)).Processes.Single();
        await leftover.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(reused.HasExited);
        Assert.Equal(143, leftover.ExitCode);
        Assert.NotEqual(reused.Id, started.Pid);
        Assert.Equal([started.Pid!.Value], Agent.InstancesNamed(web.Id));
        reused.Kill();
    }

    [Fact]
    public async Task SigtermToTheAgent_LeavesInstancesRunning_RemovesTheEndpoint_AndTheNextAgentAdoptsThem()
    {
        var web = Agent.Web("web-blue-1", "blue", "1.0.0", OsProcesses.FreePort());
        await Agent.ApplyAsync(web);
        var pid = (await Agent.WaitUntilHealthyAsync(web)).Processes.Single().Pid!.Value;
        var oldAgent = Agent.Client.Endpoint.Pid;

        using (var kill = Process.Start("kill", ["-TERM", oldAgent.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await OsProcesses.EventuallyAsync(() => Task.FromResult(!OsProcesses.IsAlive(oldAgent)), TimeSpan.FromSeconds(10), "the agent has exited");
        var endpointLeft = File.Exists(new AgentFiles(Agent.StateDirectory).Endpoint);
        var instanceLeft = OsProcesses.IsAlive(pid);
        await Agent.ConnectAsync();
        var adopted = (await Agent.WaitUntilHealthyAsync(web)).Processes.Single();

        Assert.False(endpointLeft);
        Assert.True(instanceLeft);
        Assert.Equal((pid, 0), (adopted.Pid!.Value, adopted.Restarts));
    }
}
