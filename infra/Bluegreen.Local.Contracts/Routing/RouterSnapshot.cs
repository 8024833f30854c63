namespace Bluegreen.Local.Contracts.Routing;

/// <summary>
/// The whole topology the local router serves: its three loopback ports and, per web service, the path patterns
/// and one set of destinations per color. Written to <c>snapshot.json</c> in the router's state folder and sent
/// with <c>PUT /admin/snapshot</c>. Which color is live is not part of it: that is the served color.
/// </summary>
public sealed record RouterSnapshot
{
    /// <summary>Chosen by the writer; status reports it so a caller can tell which topology is in force.</summary>
    public required long Version { get; init; }

    /// <summary>Listener that serves the served (active) color, like the ALB's production listener.</summary>
    public required int ProductionPort { get; init; }

    /// <summary>Listener that serves the other (idle) color, like the ALB's test listener.</summary>
    public required int TestPort { get; init; }

    /// <summary>Admin endpoint: switch, status, snapshot. Needs the bearer token from <c>admin-token</c>.</summary>
    public required int AdminPort { get; init; }

    /// <summary>Color served on the first start, before any switch. "blue" or "green".</summary>
    /// <remarks>Ignored once <c>served-color</c> exists: a restarted router keeps serving the persisted color.</remarks>
    public required string DefaultColor { get; init; }

    /// <summary>Web services in priority order: the first service whose pattern matches a path gets the request.</summary>
    public required IReadOnlyList<RouterService> Services { get; init; }
}

/// <summary>One web service: a listener rule (path patterns) and a target group per color.</summary>
public sealed record RouterService
{
    /// <summary>Lower-case letters, digits and dashes; names the YARP route and clusters.</summary>
    public required string Name { get; init; }

    /// <summary>ALB-style patterns in priority order: an exact path ("/health") or a prefix ending in "/*" ("/api/*", "/*").</summary>
    public required IReadOnlyList<string> PathPatterns { get; init; }

    public required RouterHealthCheck HealthCheck { get; init; }

    public required RouterColorDestinations Destinations { get; init; }
}

/// <summary>Active health check of every destination of a service, like a target group's health check.</summary>
public sealed record RouterHealthCheck
{
    /// <summary>Path probed with GET; any 2xx answer counts as healthy.</summary>
    public required string Path { get; init; }

    /// <summary>Time between probes of one destination; 500 ms finds a dead instance within about a second.</summary>
    public required int IntervalMs { get; init; }

    /// <summary>How long one probe may take before it counts as a failure.</summary>
    public required int TimeoutMs { get; init; }

    /// <summary>Consecutive failed probes after which a destination is taken out of rotation; one success brings it back.</summary>
    public required int UnhealthyThreshold { get; init; }
}

/// <summary>The app instances of a service, per color.</summary>
public sealed record RouterColorDestinations
{
    public required IReadOnlyList<RouterDestination> Blue { get; init; }

    public required IReadOnlyList<RouterDestination> Green { get; init; }

    public IReadOnlyList<RouterDestination> For(string color) => color == RouterColors.Blue ? Blue : Green;
}

/// <summary>One app instance.</summary>
public sealed record RouterDestination
{
    /// <summary>Unique across the snapshot, e.g. "web-blue-1"; status reports health by it.</summary>
    public required string InstanceId { get; init; }

    /// <summary>Base address on loopback, e.g. "http://127.0.0.1:5101".</summary>
    public required string Address { get; init; }
}
