using Bluegreen.Components;
using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Local.Topology;

/// <summary>The router snapshot of a local stack: one service per web service (its listener rule), with each color's instances.</summary>
internal static class RouterTopology
{
    /// <summary>Probed twice a second, out after two failures: a dead instance leaves rotation within about a second.</summary>
    public static readonly RouterHealthCheck HealthCheckTiming = new() { Path = "/", IntervalMs = 500, TimeoutMs = 1000, UnhealthyThreshold = 2 };

    public static RouterSnapshot Snapshot(AppDefinition app, LocalSettings local, IReadOnlyList<InstanceSlot> instances, DeploymentColor defaultColor) => new()
    {
        Version = 0,
        ProductionPort = local.ProductionPort,
        TestPort = local.TestPort,
        AdminPort = local.AdminPort,
        DefaultColor = defaultColor.Name(),
        Services = app.WebServices.Select(service => new RouterService
        {
            Name = service.Name,
            PathPatterns = service.RoutedPaths,
            HealthCheck = HealthCheckTiming with { Path = service.HealthCheckPath },
            Destinations = new RouterColorDestinations
            {
                Blue = Destinations(instances, service, DeploymentColor.Blue),
                Green = Destinations(instances, service, DeploymentColor.Green),
            },
        }).ToList(),
    };

    /// <summary>
    /// True when <paramref name="served"/> routes the same as <paramref name="desired"/>. The version and the default
    /// color do not count: the first is a counter, the second only matters on a router's very first start.
    /// </summary>
    public static bool SameRouting(RouterSnapshot desired, RouterSnapshot served) =>
        RouterSnapshotJson.Serialize(Normalised(desired)) == RouterSnapshotJson.Serialize(Normalised(served));

    private static RouterSnapshot Normalised(RouterSnapshot snapshot) => snapshot with { Version = 0, DefaultColor = RouterColors.Blue };

    private static List<RouterDestination> Destinations(IReadOnlyList<InstanceSlot> instances, ServiceDefinition service, DeploymentColor color) =>
        instances.Where(slot => slot.Service.Name == service.Name && slot.Color == color)
            .Select(slot => new RouterDestination { InstanceId = slot.Id, Address = slot.Address })
            .ToList();
}
