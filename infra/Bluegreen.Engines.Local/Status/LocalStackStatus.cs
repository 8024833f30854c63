using Bluegreen.Components;
using Bluegreen.Engines.Local.Health;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Engines.Local.Status;

/// <summary>What <c>status</c> shows of a local stack beyond the versions: phase, each color, the router's counters.</summary>
/// <param name="Reason">Why the phase is not healthy; null when it is.</param>
/// <param name="Traffic">The router's counters per listener and color since it started; empty when it does not answer.</param>
internal sealed record LocalStackStatus(
    StackPhase Phase,
    string? Reason,
    IReadOnlyList<ColorStatus> Colors,
    IReadOnlyList<TrafficStatus> Traffic,
    StackUrls Urls);

/// <param name="Listener">The listener that serves this color according to the router ("production" or "test"); null when the router does not answer.</param>
internal sealed record ColorStatus(
    DeploymentColor Color,
    string Version,
    string? Listener,
    IReadOnlyList<ServiceStatus> Services,
    ReplicaSummary Replica);

/// <param name="Healthy">Instances the agent reports healthy (and, for web services, the router too).</param>
internal sealed record ServiceStatus(string Service, int Healthy, int Desired);

internal sealed record ReplicaSummary(bool Running, bool Streaming, long? LagBytes, double? LagSeconds);
