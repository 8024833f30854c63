using System.Runtime.Versioning;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.IntegrationTests.Postgres;

namespace Bluegreen.IntegrationTests.Processes;

/// <summary>
/// During a flip both colors' workers may believe they lead: the active-color parameter changes mid-update while the
/// old production rule is deleted only at the end. Here that window is held open: a blue and a green worker each read
/// an active-color file naming its own color, against one real PostgreSQL primary. The advisory-lock fence must keep
/// every job slot to one run.
/// </summary>
[Collection(ProcessesCollection.Name)]
[SupportedOSPlatform("linux")]
public sealed class WorkerFencingTests(PublishedApps apps, PrimaryFixture database) : AgentTestBase(apps), IClassFixture<PrimaryFixture>
{
    private const int Slots = 12;

    [Fact]
    public async Task TwoWorkersThatBothBelieveTheyLead_NeverRunASlotTwice()
    {
        var blue = await WorkerLeadingAsync("worker-blue-1", "blue");
        var green = await WorkerLeadingAsync("worker-green-1", "green");
        await Agent.ApplyAsync(blue, green);
        await Agent.WaitUntilHealthyAsync(blue, green);

        await OsProcesses.EventuallyAsync(async () => await Sql.RowCountAsync(database.Connection, "worker_heartbeats") >= Slots, AgentHarness.StartTimeout, $"{Slots} heartbeats were written");
        var statuses = new[] { await StatusAsync(blue), await StatusAsync(green) };
        await Agent.ApplyAsync();

        var rows = await Sql.ScalarAsync<long>(database.Connection, "select count(*) from worker_heartbeats");
        var slots = await Sql.ScalarAsync<long>(database.Connection, "select count(distinct slot) from worker_heartbeats");
        var claims = await Sql.ScalarAsync<long>(database.Connection, "select count(*) from job_runs where job = 'heartbeat'");
        Assert.Equal(rows, slots);
        Assert.Equal(rows, claims);
        Assert.All(statuses, status => Assert.True(status.Active, $"{status.Color} should believe it leads"));
        Assert.All(statuses, status => Assert.Null(status.LastError));
        Assert.True(statuses.Sum(s => s.JobsSkipped) > 0, "both workers should have tried the same slots");
    }

    private async Task<ProcessSpec> WorkerLeadingAsync(string id, string color)
    {
        var activeColorFile = Path.Combine(Agent.StateDirectory, $"{id}-active-color");
        await File.WriteAllTextAsync(activeColorFile, color + "\n");
        var worker = Agent.Worker(id, color, OsProcesses.FreePort());
        return worker with
        {
            Environment = new Dictionary<string, string>(worker.Environment)
            {
                ["BLUEGREEN_ACTIVE_COLOR_FILE"] = activeColorFile,
                ["BLUEGREEN_PRIMARY_CONNECTION"] = database.Connection,
            },
        };
    }

    private static Task<FencedWorkerStatus> StatusAsync(ProcessSpec worker) => SampleHttp.GetJsonAsync<FencedWorkerStatus>(worker.Port!.Value, "/status");

    private sealed record FencedWorkerStatus(string Color, bool Active, long JobsRun, long JobsSkipped, string? LastError);
}
