namespace Bluegreen.IntegrationTests.Processes;

[Collection(ProcessesCollection.Name)]
public sealed class WorkerTests(PublishedApps apps) : AgentTestBase(apps)
{
    private static readonly TimeSpan ThreeTicks = TimeSpan.FromMilliseconds(1500);

    [Fact]
    public async Task Worker_RunsJobsOnlyWhileTheActiveColorFileNamesItsColor()
    {
        var port = OsProcesses.FreePort();
        var worker = Agent.Worker("worker-blue-1", "blue", port);
        await File.WriteAllTextAsync(Agent.ActiveColorFile, "green\n");
        await Agent.ApplyAsync(worker);
        await Agent.WaitUntilHealthyAsync(worker);

        await Task.Delay(ThreeTicks);
        var whileGreen = await StatusAsync(port);
        await File.WriteAllTextAsync(Agent.ActiveColorFile, "blue\n");
        await OsProcesses.EventuallyAsync(async () => (await StatusAsync(port)).JobsRun >= 3, AgentHarness.StartTimeout, "the blue worker ran 3 jobs");
        var whileBlue = await StatusAsync(port);
        await File.WriteAllTextAsync(Agent.ActiveColorFile, "green\n");
        await OsProcesses.EventuallyAsync(async () => !(await StatusAsync(port)).Active, AgentHarness.StartTimeout, "the worker saw green");
        var stoppedAt = (await StatusAsync(port)).JobsRun;
        await Task.Delay(ThreeTicks);
        var afterFlipBack = await StatusAsync(port);

        Assert.Equal(new WorkerStatusAnswer("blue", "1.0.0", "worker-blue-1", false, 0, "green"), whileGreen);
        Assert.True(whileBlue.Active);
        Assert.Equal("blue", whileBlue.ActiveColor);
        Assert.Equal(new WorkerStatusAnswer("blue", "1.0.0", "worker-blue-1", false, stoppedAt, "green"), afterFlipBack);
    }

    [Fact]
    public async Task Worker_WithoutActiveColorFile_RunsNoJobs()
    {
        var port = OsProcesses.FreePort();
        var worker = Agent.Worker("worker-green-1", "green", port);
        await Agent.ApplyAsync(worker);
        await Agent.WaitUntilHealthyAsync(worker);

        await Task.Delay(ThreeTicks);

        Assert.Equal(new WorkerStatusAnswer("green", "1.0.0", "worker-green-1", false, 0, null), await StatusAsync(port));
    }

    private static Task<WorkerStatusAnswer> StatusAsync(int port) => SampleHttp.GetJsonAsync<WorkerStatusAnswer>(port, "/status");
}
