using Bluegreen.Infra.Engines;

namespace Bluegreen.Infra.Local.Engine.Reconcile;

/// <summary>What one reconcile changed, and the traffic differences it was not allowed to fix.</summary>
internal sealed record ReconcileOutcome(IReadOnlyList<ResourceChange> Changes, IReadOnlyList<string> TrafficHeldBack);
