using Bluegreen.Components;
using Npgsql;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>
/// Reads the cluster's state without changing it: which servers run, which replicas stream, how far behind they are,
/// which primary they follow and whether their slots exist. A server that cannot be asked counts as not streaming.
/// </summary>
internal sealed class ClusterObserver(ClusterLayout layout)
{
    public async Task<LocalDatabaseStatus> ObserveAsync(CancellationToken cancellationToken)
    {
        var primary = Instance(layout.Primary);
        // Read before any replica, so a replica that replayed everything written up to now shows 0 bytes behind.
        var view = primary.Running ? await PrimaryViewAsync(cancellationToken) : null;
        var replicas = new List<ReplicaStatus>();
        foreach (var color in DeploymentColors.All)
        {
            replicas.Add(await ReplicaAsync(color, view, cancellationToken));
        }

        return new LocalDatabaseStatus(primary, replicas);
    }

    private async Task<ReplicaStatus> ReplicaAsync(DeploymentColor color, PrimaryView? view, CancellationToken cancellationToken)
    {
        var replica = layout.Replica(color);
        var instance = Instance(replica);
        var upstream = PrimaryConnectionInfo.ReadPort(replica.DataDirectory);
        var sender = view?.Senders.FirstOrDefault(candidate => candidate.ApplicationName == color.Name());
        var streaming = instance.Running && sender?.State == "streaming";
        ReplicaLag? lag = null;
        if (streaming && view is not null
            && await QueryAsync(replica, "select (pg_last_wal_replay_lsn() - '0/0')::bigint", cancellationToken) is long replayed)
        {
            lag = ReplicaLag.From(view.CurrentWalPosition, replayed, sender!.ReplayLagSeconds);
        }

        return new ReplicaStatus
        {
            Color = color,
            Instance = instance,
            Streaming = streaming,
            ReplayLagBytes = lag?.Bytes,
            ReplayLagSeconds = lag?.Seconds,
            UpstreamPort = upstream,
            UpstreamIsPrimary = upstream == layout.PrimaryPort,
            SlotExists = view?.Slots.Contains(ClusterLayout.SlotName(color)) ?? false,
        };
    }

    private async Task<PrimaryView?> PrimaryViewAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var session = await AdminSession.OpenAsync(layout, layout.Primary, cancellationToken);
            var position = await session.ScalarAsync<long>("select (pg_current_wal_lsn() - '0/0')::bigint", cancellationToken);
            var senders = await session.RowsAsync(
                "select application_name, state, extract(epoch from replay_lag)::float8 from pg_stat_replication",
                row => new WalSender(row.GetString(0), row.GetString(1), row.IsDBNull(2) ? null : row.GetDouble(2)),
                cancellationToken);
            var slots = await session.RowsAsync("select slot_name::text from pg_replication_slots", row => row.GetString(0), cancellationToken);
            return new PrimaryView(position, senders, slots.ToHashSet());
        }
        catch (NpgsqlException)
        {
            // Shutting down or still starting: it answers nothing now.
            return null;
        }
    }

    private async Task<long?> QueryAsync(InstanceLayout instance, string sql, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = await AdminSession.OpenAsync(layout, instance, cancellationToken);
            return await session.ScalarAsync<long?>(sql, cancellationToken);
        }
        catch (NpgsqlException)
        {
            return null;
        }
    }

    private static DatabaseInstanceStatus Instance(InstanceLayout instance)
    {
        var pid = ServerProcesses.RunningPid(instance);
        return new DatabaseInstanceStatus
        {
            Name = instance.Name,
            Port = instance.Port,
            Initialized = instance.IsInitialized,
            Running = pid is not null,
            Pid = pid,
        };
    }

    private sealed record WalSender(string ApplicationName, string State, double? ReplayLagSeconds);

    private sealed record PrimaryView(long CurrentWalPosition, IReadOnlyList<WalSender> Senders, IReadOnlySet<string> Slots);
}
