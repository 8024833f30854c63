namespace Bluegreen.IntegrationTests.Processes;

[Collection(ProcessesCollection.Name)]
public sealed class AgentRestartTests(PublishedApps apps) : IAsyncLifetime
{
    private AgentHarness _agent = null!;

    public async Task InitializeAsync() => _agent = await AgentHarness.StartAsync(apps);

    public async Task DisposeAsync() => await _agent.DisposeAsync();

    [Fact]
    public async Task KilledAgent_NextAgentAdoptsTheRunningInstances_WithoutDuplicates()
    {
        var web1 = _agent.Web("web-blue-1", "blue", "1.0.0", OsProcesses.FreePort());
        var web2 = _agent.Web("web-blue-2", "blue", "1.0.0", OsProcesses.FreePort());
        await _agent.ApplyAsync(web1, web2);
        var before = await _agent.WaitUntilHealthyAsync(web1, web2);
        var oldAgent = _agent.Client.Endpoint.Pid;

        OsProcesses.Kill(oldAgent);
        await OsProcesses.EventuallyAsync(() => Task.FromResult(!OsProcesses.IsAlive(oldAgent)), TimeSpan.FromSeconds(10), "the agent is gone");
        await _agent.ConnectAsync();
        var after = await _agent.WaitUntilHealthyAsync(web1, web2);

        Assert.NotEqual(oldAgent, after.AgentPid);
        foreach (var spec in new[] { web1, web2 })
        {
            var pid = before.Processes.Single(p => p.Id == spec.Id).Pid!.Value;
            var adopted = after.Processes.Single(p => p.Id == spec.Id);
            Assert.Equal((pid, 0), (adopted.Pid!.Value, adopted.Restarts));
            Assert.Equal([pid], _agent.InstancesNamed(spec.Id));
            Assert.Equal(spec.Id, (await SampleHttp.GetJsonAsync<IdentityAnswer>(spec.Port!.Value, "/")).Instance);
        }
    }

    [Fact]
    public async Task AdoptedInstanceKilled_NewAgentRestartsIt()
    {
        var web = _agent.Web("web-blue-1", "blue", "1.0.0", OsProcesses.FreePort());
        await _agent.ApplyAsync(web);
        await _agent.WaitUntilHealthyAsync(web);
        OsProcesses.Kill(_agent.Client.Endpoint.Pid);
        await _agent.ConnectAsync();
        var adoptedPid = (await _agent.WaitUntilHealthyAsync(web)).Processes.Single().Pid!.Value;

        OsProcesses.Kill(adoptedPid);
        var restarted = await _agent.WaitForAsync(web.Id, s => s.Healthy && s.Pid != adoptedPid, "is healthy again with a new pid");

        Assert.Equal(1, restarted.Restarts);
        Assert.Null(restarted.LastExitCode);
        Assert.Equal([restarted.Pid!.Value], _agent.InstancesNamed(web.Id));
    }
}
