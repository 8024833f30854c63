using Bluegreen.Components;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Local.Reconcile;
using Bluegreen.Local.Contracts.Routing;
using static Bluegreen.Engines.Local.Drift.LocalDriftFindings;

namespace Bluegreen.Engines.Local.Drift;

/// <summary>Where the snapshot the router serves differs from the one the stack describes: ports, services, probes, destinations.</summary>
internal static class RouterTopologyFindings
{
    public static IEnumerable<DriftFinding> Between(RouterSnapshot desired, RouterSnapshot served)
    {
        foreach (var (field, expected, actual) in new[]
        {
            ("productionPort", desired.ProductionPort, served.ProductionPort),
            ("testPort", desired.TestPort, served.TestPort),
            ("adminPort", desired.AdminPort, served.AdminPort),
        }.Where(port => port.Item2 != port.Item3))
        {
            yield return Finding(ResourceOwner.Shared, "router-snapshot", LocalResourceTypes.RouterSnapshot, DriftKind.Changed, field, Text(expected), Text(actual));
        }

        foreach (var service in desired.Services)
        {
            var seen = served.Services.FirstOrDefault(s => s.Name == service.Name);
            if (seen is null)
            {
                yield return Finding(ResourceOwner.Shared, $"router/{service.Name}", LocalResourceTypes.RouterSnapshot, DriftKind.Missing);
                continue;
            }

            foreach (var finding in ServiceRouting(service, seen))
            {
                yield return finding;
            }
        }

        foreach (var extra in served.Services.Where(s => desired.Services.All(d => d.Name != s.Name)))
        {
            yield return Finding(ResourceOwner.Shared, $"router/{extra.Name}", LocalResourceTypes.RouterSnapshot, DriftKind.Unexpected);
        }
    }

    private static IEnumerable<DriftFinding> ServiceRouting(RouterService desired, RouterService served)
    {
        var resource = $"router/{desired.Name}";
        var fields = new (string Field, string Expected, string Actual)[]
        {
            ("pathPatterns", string.Join(", ", desired.PathPatterns), string.Join(", ", served.PathPatterns)),
            ("healthCheck.path", desired.HealthCheck.Path, served.HealthCheck.Path),
            ("healthCheck.intervalMs", Text(desired.HealthCheck.IntervalMs), Text(served.HealthCheck.IntervalMs)),
            ("healthCheck.timeoutMs", Text(desired.HealthCheck.TimeoutMs), Text(served.HealthCheck.TimeoutMs)),
            ("healthCheck.unhealthyThreshold", Text(desired.HealthCheck.UnhealthyThreshold), Text(served.HealthCheck.UnhealthyThreshold)),
        };
        foreach (var (field, expected, actual) in fields.Where(f => f.Expected != f.Actual))
        {
            yield return Finding(ResourceOwner.Shared, resource, LocalResourceTypes.RouterSnapshot, DriftKind.Changed, field, expected, actual);
        }

        foreach (var color in DeploymentColors.All)
        {
            var want = desired.Destinations.For(color.Name());
            var have = served.Destinations.For(color.Name());
            foreach (var destination in want)
            {
                var seen = have.FirstOrDefault(d => d.InstanceId == destination.InstanceId);
                if (seen is null)
                {
                    yield return Finding(ResourceOwners.Of(color), destination.InstanceId, LocalResourceTypes.RouterDestination, DriftKind.Missing);
                }
                else if (seen.Address != destination.Address)
                {
                    yield return Finding(ResourceOwners.Of(color), destination.InstanceId, LocalResourceTypes.RouterDestination, DriftKind.Changed,
                        "address", destination.Address, seen.Address);
                }
            }

            foreach (var extra in have.Where(d => want.All(w => w.InstanceId != d.InstanceId)))
            {
                yield return Finding(ResourceOwners.Of(color), extra.InstanceId, LocalResourceTypes.RouterDestination, DriftKind.Unexpected,
                    "address", null, extra.Address);
            }
        }
    }
}
