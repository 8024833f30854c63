using Npgsql;

namespace Bluegreen.SampleApp;

/// <summary>
/// The worker's background job: every tick, if the active-color file names this instance's color, write one heartbeat
/// row for the current half-second slot into the primary, fenced by <see cref="JobFence"/> so that no slot is written
/// twice even while both colors believe they lead (or only count the run when no database is configured).
/// </summary>
internal sealed class HeartbeatJob(AppIdentity identity, SampleDatabase database, ActiveColorFile activeColor, TimeProvider time) : BackgroundService
{
    public const string JobName = "heartbeat";

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private volatile WorkerStatus _status = new(identity.Color, identity.Version, identity.Instance, false, 0, 0, null, null);

    public WorkerStatus Status => _status;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
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
                status = await RunJobAsync(cancellationToken) == FenceOutcome.Ran
                    ? status with { JobsRun = status.JobsRun + 1, LastError = null }
                    : status with { JobsSkipped = status.JobsSkipped + 1, LastError = null };
            }
            catch (NpgsqlException failure)
            {
                status = status with { LastError = $"heartbeat insert failed: {failure.Message}" };
            }
        }

        _status = status;
    }

    private async Task<FenceOutcome> RunJobAsync(CancellationToken cancellationToken)
    {
        if (database.Primary is not { } primary)
        {
            return FenceOutcome.Ran;
        }

        await database.EnsureSchemaAsync(cancellationToken);
        var slot = time.GetUtcNow().ToUnixTimeMilliseconds() / (long)Interval.TotalMilliseconds;
        return await new JobFence(primary).RunOnceAsync(JobName, slot, identity, (connection, token) => InsertAsync(connection, slot, token), cancellationToken);
    }

    private async Task InsertAsync(NpgsqlConnection connection, long slot, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand("INSERT INTO worker_heartbeats (color, version, instance, slot) VALUES ($1, $2, $3, $4)", connection);
        insert.Parameters.Add(new NpgsqlParameter { Value = identity.Color });
        insert.Parameters.Add(new NpgsqlParameter { Value = identity.Version });
        insert.Parameters.Add(new NpgsqlParameter { Value = identity.Instance });
        insert.Parameters.Add(new NpgsqlParameter { Value = slot });
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
