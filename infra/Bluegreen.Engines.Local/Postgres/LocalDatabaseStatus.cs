using Bluegreen.Components;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>What was observed of the local cluster at one moment.</summary>
internal sealed record LocalDatabaseStatus(DatabaseInstanceStatus Primary, IReadOnlyList<ReplicaStatus> Replicas)
{
    public ReplicaStatus Replica(DeploymentColor color) => Replicas.Single(replica => replica.Color == color);
}

internal sealed record DatabaseInstanceStatus
{
    public required string Name { get; init; }

    public required int Port { get; init; }

    /// <summary>The data folder exists and is complete.</summary>
    public required bool Initialized { get; init; }

    /// <summary>A live server owns the data folder (a zombie or a stale postmaster.pid does not count).</summary>
    public required bool Running { get; init; }

    /// <remarks>Null when not running.</remarks>
    public int? Pid { get; init; }
}

internal sealed record ReplicaStatus
{
    public required DeploymentColor Color { get; init; }

    public required DatabaseInstanceStatus Instance { get; init; }

    /// <summary>The primary reports a walsender for this color in state 'streaming'.</summary>
    public required bool Streaming { get; init; }

    /// <summary>WAL written on the primary (as of the observation) that the replica has not replayed yet; 0 when caught up.</summary>
    /// <remarks>Null when the primary or the replica is not running.</remarks>
    public long? ReplayLagBytes { get; init; }

    /// <summary>0 when caught up; otherwise the primary's last measured replay delay (pg_stat_replication.replay_lag).</summary>
    /// <remarks>Null when it is unknown: not streaming, or behind before PostgreSQL has measured a delay.</remarks>
    public double? ReplayLagSeconds { get; init; }

    /// <summary>The primary port in the replica's primary_conninfo.</summary>
    /// <remarks>Null when the replica has no data folder.</remarks>
    public int? UpstreamPort { get; init; }

    public required bool UpstreamIsPrimary { get; init; }

    /// <summary>The color's replication slot exists on the primary.</summary>
    /// <remarks>False as well when the primary is not running (it cannot be asked).</remarks>
    public required bool SlotExists { get; init; }
}
