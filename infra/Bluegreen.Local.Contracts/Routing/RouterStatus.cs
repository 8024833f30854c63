namespace Bluegreen.Local.Contracts.Routing;

/// <summary>Answer of <c>GET /admin/status</c>: where each listener and header rule sends traffic, counters, health.</summary>
public sealed record RouterStatus
{
    public required string ServedColor { get; init; }

    public required long SnapshotVersion { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Time of the last switch that changed something since the router started; null if none.</summary>
    public DateTimeOffset? SwitchedAt { get; init; }

    public required IReadOnlyList<ListenerStatus> Listeners { get; init; }

    public required IReadOnlyList<HeaderRuleStatus> HeaderRules { get; init; }

    /// <summary>One entry per listener and color, counted since the router started.</summary>
    public required IReadOnlyList<TrafficStatus> Traffic { get; init; }

    public required IReadOnlyList<DestinationStatus> Destinations { get; init; }
}

public sealed record ListenerStatus
{
    /// <summary>"production" or "test".</summary>
    public required string Name { get; init; }

    public required int Port { get; init; }

    /// <summary>The color requests without an <c>X-Color</c> header get.</summary>
    public required string Color { get; init; }

    /// <summary>True when an operator pointed this listener at <see cref="Color"/> explicitly (drift from the served color).</summary>
    public required bool Overridden { get; init; }
}

/// <summary>A header rule that wins over the listener's color.</summary>
public sealed record HeaderRuleStatus
{
    public required string Header { get; init; }

    public required string Value { get; init; }

    public required string Color { get; init; }
}

public sealed record TrafficStatus
{
    public required string Listener { get; init; }

    public required string Color { get; init; }

    public required long Requests { get; init; }

    /// <summary>Answers with a status of 500 or more, including the router's own 502/503/504.</summary>
    public required long ServerErrors { get; init; }

    public required long InFlight { get; init; }

    /// <summary>Time through the router, from the color decision to the end of the answer. 0 before any request.</summary>
    public required double LatencyP50Ms { get; init; }

    public required double LatencyP99Ms { get; init; }
}

public sealed record DestinationStatus
{
    public required string Service { get; init; }

    public required string Color { get; init; }

    public required string InstanceId { get; init; }

    public required string Address { get; init; }

    /// <summary>"healthy", "unhealthy" or "unknown" (not probed yet). Only "unhealthy" is out of rotation.</summary>
    public required string Health { get; init; }

    /// <summary>Result of the active probes alone.</summary>
    public required string ActiveHealth { get; init; }

    /// <summary>Result of watching real requests (transport failures) alone.</summary>
    public required string PassiveHealth { get; init; }
}

/// <summary>Values of <see cref="DestinationStatus.Health"/>.</summary>
public static class DestinationHealthNames
{
    public const string Healthy = "healthy";
    public const string Unhealthy = "unhealthy";
    public const string Unknown = "unknown";
}
