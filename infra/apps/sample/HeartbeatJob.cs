using Npgsql;

namespace Bluegreen.SampleApp;

/// <summary>
/// The worker's background job: every tick, if the active-color file names this instance's color, insert one
/// heartbeat row into the primary (or only count the run when no database is configured).
/// </summary>
internal sealed class HeartbeatJob(AppIdentity identity, SampleDatabase database, ActiveColorFile activeColor) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private volatile WorkerStatus _status = new(identity.Color, identity.Version, identity.Instance, false, 0, null, null);

    public WorkerStatus Status => _status;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var live = activeColor.Read();
        var status = _status with { ActiveColor = live, Active = live == identity.Color };
        if (status.Active)
        {
            try
            {
                await RunJobAsync(cancellationToken);
                status = status with { JobsRun = status.JobsRun + 1, LastError = null };
            }
            catch (NpgsqlException failure)
            {
                status = status with { LastError = $"heartbeat insert failed: {failure.Message}" };
            }
        }

        _status = status;
    }

    private async Task RunJobAsync(CancellationToken cancellationToken)
    {
        if (database.Primary is null)
        {
            return;
        }

        await database.InsertStampedRowAsync("worker_heartbeats", identity, cancellationToken);
    }
}
