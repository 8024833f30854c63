using System.Diagnostics;
using Bluegreen.Components;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>The primary's side of replication: one physical slot per color, and the walsender that streams to it.</summary>
internal sealed class ReplicationSlots(ClusterLayout layout, TimeSpan timeout)
{
    public async Task<bool> SlotExistsAsync(DeploymentColor color, CancellationToken cancellationToken)
    {
        await using var session = await AdminSession.OpenAsync(layout, layout.Primary, cancellationToken);
        return await session.ScalarAsync<long>(
            "select count(*) from pg_replication_slots where slot_name = @slot", cancellationToken, ("slot", ClusterLayout.SlotName(color))) == 1;
    }

    /// <summary>Returns once the primary streams to the color's replica, polling every 10 ms.</summary>
    public async Task WaitStreamingAsync(DeploymentColor color, CancellationToken cancellationToken)
    {
        await using var session = await AdminSession.OpenAsync(layout, layout.Primary, cancellationToken);
        var clock = Stopwatch.StartNew();
        while (await session.ScalarAsync<long>(
                   "select count(*) from pg_stat_replication where application_name = @name and state = 'streaming'",
                   cancellationToken, ("name", color.Name())) == 0)
        {
            if (clock.Elapsed > timeout)
            {
                var replica = layout.Replica(color);
                throw new StackFailureException(
                    StackError.Timeout,
                    $"The local PostgreSQL {replica.Name} runs but did not stream from the primary within {timeout.TotalSeconds:0} s. " +
                    $"See {replica.LogFile}. Dropping the replica (a drill teardown) and ensuring it again rebuilds it.");
            }

            await Task.Delay(ServerProcesses.PollInterval, cancellationToken);
        }
    }

    /// <summary>Drops the color's slot, so the primary stops keeping WAL for a replica that is gone.</summary>
    public async Task DropSlotAsync(DeploymentColor color, CancellationToken cancellationToken)
    {
        var primary = layout.Primary;
        var slot = ClusterLayout.SlotName(color);
        if (ServerProcesses.RunningPid(primary) is null)
        {
            // A stopped server keeps each slot as a folder in pg_replslot and loads them at start; removing it is the drop.
            UnixFiles.DeleteDirectory(Path.Combine(primary.DataDirectory, "pg_replslot", slot));
            return;
        }

        await using var session = await AdminSession.OpenAsync(layout, primary, cancellationToken);
        var clock = Stopwatch.StartNew();
        // The replica's walsender may take a moment to exit after the replica stopped; an active slot cannot be dropped.
        while (await session.ScalarAsync<bool?>("select active from pg_replication_slots where slot_name = @slot", cancellationToken, ("slot", slot)) is { } active)
        {
            if (!active)
            {
                await session.ExecuteAsync("select pg_drop_replication_slot(@slot)", cancellationToken, ("slot", slot));
                return;
            }

            if (clock.Elapsed > timeout)
            {
                throw new StackFailureException(
                    StackError.Timeout,
                    $"The replication slot {slot} on the local primary stayed in use for {timeout.TotalSeconds:0} s after its replica stopped.");
            }

            await Task.Delay(ServerProcesses.PollInterval, cancellationToken);
        }
    }
}
