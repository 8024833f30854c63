namespace Bluegreen.Engines.Local.Postgres;

/// <summary>
/// How far a replica is behind, defined to be 0 when it has caught up, also while the primary is idle
/// (unlike now() - pg_last_xact_replay_timestamp(), which grows without bound when nothing is written).
/// </summary>
internal readonly record struct ReplicaLag(long Bytes, double? Seconds)
{
    /// <param name="primaryPosition">The primary's WAL write position, read before <paramref name="replayedPosition"/>.</param>
    /// <param name="replayedPosition">The replica's replay position (pg_last_wal_replay_lsn).</param>
    /// <param name="measuredReplayLagSeconds">The primary's last measured replay delay (pg_stat_replication.replay_lag), if any.</param>
    public static ReplicaLag From(long primaryPosition, long replayedPosition, double? measuredReplayLagSeconds)
    {
        // The replica may have replayed more than the primary had written when it was asked; that is no lag.
        var bytes = Math.Max(0, primaryPosition - replayedPosition);
        return new ReplicaLag(bytes, bytes == 0 ? 0 : measuredReplayLagSeconds);
    }
}
