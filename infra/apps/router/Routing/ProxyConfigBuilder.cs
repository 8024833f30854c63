using Bluegreen.Local.Contracts.Routing;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace Bluegreen.Router.Routing;

/// <summary>
/// Maps a snapshot to a complete YARP configuration: a route per path pattern (listener rule), a cluster per
/// service and color (target group). Routes carry both cluster ids; the color is picked per request.
/// </summary>
internal static class ProxyConfigBuilder
{
    public const string BlueClusterKey = "bluegreen.cluster.blue";
    public const string GreenClusterKey = "bluegreen.cluster.green";
    public const string ServiceKey = "bluegreen.service";

    /// <summary>How long a destination stays out after real requests failed, before it gets traffic again.</summary>
    public static readonly TimeSpan PassiveReactivation = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How far back transport failures count. YARP's default minute kept a crashed instance that the agent had
    /// restarted out of rotation for that minute: each reactivation's first success could not outweigh the failures.
    /// </summary>
    public static readonly TimeSpan PassiveDetectionWindow = TimeSpan.FromSeconds(5);

    /// <summary>Longest a backend may stay silent mid-request before the router answers 504.</summary>
    public static readonly TimeSpan ActivityTimeout = TimeSpan.FromSeconds(30);

    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) Build(RouterSnapshot snapshot)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var service in snapshot.Services)
        {
            var metadata = new Dictionary<string, string>
            {
                [ServiceKey] = service.Name,
                [BlueClusterKey] = ClusterId(service.Name, RouteColor.Blue),
                [GreenClusterKey] = ClusterId(service.Name, RouteColor.Green),
            };
            for (var p = 0; p < service.PathPatterns.Count; p++)
            {
                PathPatterns.TryToRouteTemplate(service.PathPatterns[p], out var template, out _);
                routes.Add(new RouteConfig
                {
                    RouteId = $"{service.Name}-{p}",
                    ClusterId = ClusterId(service.Name, RouteColor.Blue),
                    Order = routes.Count,
                    Match = new RouteMatch { Path = template },
                    Metadata = metadata,
                });
            }

            clusters.Add(Cluster(service, RouteColor.Blue));
            clusters.Add(Cluster(service, RouteColor.Green));
        }

        return (routes, clusters);
    }

    public static string ClusterId(string service, RouteColor color) => $"{service}-{color.Name()}";

    private static ClusterConfig Cluster(RouterService service, RouteColor color) => new()
    {
        ClusterId = ClusterId(service.Name, color),
        // YARP's default (power of two choices). Its RoundRobin keys the counter on the route's own cluster, which
        // both colors share after ReassignProxyRequest, so it would not spread a color's traffic evenly.
        LoadBalancingPolicy = LoadBalancingPolicies.PowerOfTwoChoices,
        Destinations = service.Destinations.For(color.Name()).ToDictionary(
            d => d.InstanceId,
            d => new DestinationConfig { Address = d.Address },
            StringComparer.Ordinal),
        HealthCheck = new HealthCheckConfig
        {
            // YARP's default ("HealthyOrPanic") falls back to dead instances when none is healthy; the router answers 503 instead.
            AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyAndUnknown,
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = TimeSpan.FromMilliseconds(service.HealthCheck.IntervalMs),
                Timeout = TimeSpan.FromMilliseconds(service.HealthCheck.TimeoutMs),
                Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                Path = service.HealthCheck.Path,
            },
            Passive = new PassiveHealthCheckConfig
            {
                Enabled = true,
                Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                ReactivationPeriod = PassiveReactivation,
            },
        },
        Metadata = new Dictionary<string, string>
        {
            [ConsecutiveFailuresHealthPolicyOptions.ThresholdMetadataName] =
                service.HealthCheck.UnhealthyThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        HttpRequest = new ForwarderRequestConfig { ActivityTimeout = ActivityTimeout },
    };
}
