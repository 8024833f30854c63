using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.Metrics;
using Bluegreen.Router.Routing;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Bluegreen.Router.Admin;

/// <summary>Builds the answer of <c>GET /admin/status</c> from the routing table, the counters and YARP's health state.</summary>
internal sealed class StatusReport(
    RoutingState routing, TopologyState topology, TrafficMetrics metrics, IProxyStateLookup proxyState, DateTimeOffset startedAt)
{
    private static readonly ListenerKind[] Listeners = [ListenerKind.Production, ListenerKind.Test];
    private static readonly RouteColor[] Colors = [RouteColor.Blue, RouteColor.Green];

    public RouterStatus Build()
    {
        var table = routing.Current;
        var snapshot = topology.Current;
        return new RouterStatus
        {
            ServedColor = table.ServedColor,
            SnapshotVersion = snapshot.Version,
            StartedAt = startedAt,
            SwitchedAt = routing.SwitchedAt,
            Listeners = Listeners.Select(l => new ListenerStatus
            {
                Name = ListenerName(l),
                Port = l == ListenerKind.Production ? snapshot.ProductionPort : snapshot.TestPort,
                Color = table.ColorOf(l).Name(),
                Overridden = table.IsOverridden(l),
            }).ToList(),
            HeaderRules = Colors.Select(c => new HeaderRuleStatus
            {
                Header = RouterListeners.ColorHeader,
                Value = c.Name(),
                Color = c.Name(),
            }).ToList(),
            Traffic = Listeners.SelectMany(_ => Colors, (l, c) => Traffic(l, c)).ToList(),
            Destinations = Destinations(snapshot),
        };
    }

    private TrafficStatus Traffic(ListenerKind listener, RouteColor color)
    {
        var cell = metrics.Cell(listener, color);
        return new TrafficStatus
        {
            Listener = ListenerName(listener),
            Color = color.Name(),
            Requests = cell.Requests,
            ServerErrors = cell.ServerErrors,
            InFlight = cell.InFlight,
            LatencyP50Ms = cell.Latency.PercentileMicroseconds(0.50) / 1000.0,
            LatencyP99Ms = cell.Latency.PercentileMicroseconds(0.99) / 1000.0,
        };
    }

    private List<DestinationStatus> Destinations(RouterSnapshot snapshot)
    {
        var result = new List<DestinationStatus>();
        foreach (var service in snapshot.Services)
        {
            foreach (var color in Colors)
            {
                proxyState.TryGetCluster(ProxyConfigBuilder.ClusterId(service.Name, color), out var cluster);
                foreach (var destination in service.Destinations.For(color.Name()))
                {
                    DestinationHealthState? health = null;
                    if (cluster is not null && cluster.Destinations.TryGetValue(destination.InstanceId, out var state))
                    {
                        health = state.Health;
                    }

                    var active = health?.Active ?? DestinationHealth.Unknown;
                    var passive = health?.Passive ?? DestinationHealth.Unknown;
                    result.Add(new DestinationStatus
                    {
                        Service = service.Name,
                        Color = color.Name(),
                        InstanceId = destination.InstanceId,
                        Address = destination.Address,
                        Health = HealthName(Combined(active, passive)),
                        ActiveHealth = HealthName(active),
                        PassiveHealth = HealthName(passive),
                    });
                }
            }
        }

        return result;
    }

    /// <summary>YARP sends traffic to a destination unless either check says unhealthy.</summary>
    private static DestinationHealth Combined(DestinationHealth active, DestinationHealth passive) =>
        active == DestinationHealth.Unhealthy || passive == DestinationHealth.Unhealthy ? DestinationHealth.Unhealthy
        : active == DestinationHealth.Healthy || passive == DestinationHealth.Healthy ? DestinationHealth.Healthy
        : DestinationHealth.Unknown;

    private static string HealthName(DestinationHealth health) => health switch
    {
        DestinationHealth.Healthy => DestinationHealthNames.Healthy,
        DestinationHealth.Unhealthy => DestinationHealthNames.Unhealthy,
        _ => DestinationHealthNames.Unknown,
    };

    private static string ListenerName(ListenerKind listener) =>
        listener == ListenerKind.Production ? RouterListeners.Production : RouterListeners.Test;
}
