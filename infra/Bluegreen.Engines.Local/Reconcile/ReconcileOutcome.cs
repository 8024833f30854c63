using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.Topology;

namespace Bluegreen.Engines.Local.Reconcile;

/// <summary>What one reconcile changed, and the traffic differences it was not allowed to fix.</summary>
internal sealed record ReconcileOutcome(IReadOnlyList<ResourceChange> Changes, IReadOnlyList<string> TrafficHeldBack);

/// <summary>A reconcile that passed its checks: what to reach, the cluster to use, and the world as seen before acting.</summary>
internal sealed record ReconcilePlan(DesiredStack Desired, LocalDatabaseCluster Cluster, ObservedStack Before);
