using Bluegreen.Infra.Engines;
using Bluegreen.Infra.Local.Engine.Observation;
using Bluegreen.Infra.Local.Engine.Topology;
using Bluegreen.Infra.Local.Postgres;

namespace Bluegreen.Infra.Local.Engine.Reconcile;

/// <summary>What one reconcile changed, and the traffic differences it was not allowed to fix.</summary>
internal sealed record ReconcileOutcome(IReadOnlyList<ResourceChange> Changes, IReadOnlyList<string> TrafficHeldBack);

/// <summary>A reconcile that passed its checks: what to reach, the cluster to use, and the world as seen before acting.</summary>
internal sealed record ReconcilePlan(DesiredStack Desired, LocalDatabaseCluster Cluster, ObservedStack Before);
