using Bluegreen.Router.Routing;
using Bluegreen.Tests.Local.Contracts.Routing;

namespace Bluegreen.Tests.Apps.Router;

public sealed class ProxyConfigBuilderTests
{
    [Fact]
    public void Build_GivesARoutePerPatternInPriorityOrder_CarryingBothColorClusters()
    {
        var (routes, _) = ProxyConfigBuilder.Build(TestSnapshots.Valid);

        Assert.Equal(
            [
                ("api-0", 0, "/api/{**catch-all}", "api-blue", "api-green"),
                ("api-1", 1, "/status", "api-blue", "api-green"),
                ("web-0", 2, "/{**catch-all}", "web-blue", "web-green"),
            ],
            routes.Select(r => (r.RouteId, r.Order!.Value, r.Match.Path!, r.Metadata![ProxyConfigBuilder.BlueClusterKey], r.Metadata[ProxyConfigBuilder.GreenClusterKey])));
    }

    [Fact]
    public void Build_GivesAClusterPerServiceAndColor_WithItsInstancesAndHealthChecks()
    {
        var (_, clusters) = ProxyConfigBuilder.Build(TestSnapshots.Valid);

        Assert.Equal(
            [
                ("api-blue", "api-blue-1=http://127.0.0.1:5101"),
                ("api-green", "api-green-1=http://127.0.0.1:5201"),
                ("web-blue", "web-blue-1=http://127.0.0.1:5111 web-blue-2=http://127.0.0.1:5112"),
                ("web-green", "web-green-1=http://127.0.0.1:5211 web-green-2=http://127.0.0.1:5212"),
            ],
            clusters.Select(c => (c.ClusterId, string.Join(' ', c.Destinations!.Select(d => $"{d.Key}={d.Value.Address}")))));
        var api = clusters[0];
        Assert.Equal(
            (true, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1000), "ConsecutiveFailures", "/api/health"),
            (api.HealthCheck!.Active!.Enabled!.Value, api.HealthCheck.Active.Interval!.Value, api.HealthCheck.Active.Timeout!.Value, api.HealthCheck.Active.Policy, api.HealthCheck.Active.Path));
        Assert.Equal("3", api.Metadata!["ConsecutiveFailuresHealthPolicy.Threshold"]);
        Assert.Equal(
            (true, "TransportFailureRate", TimeSpan.FromSeconds(2), "HealthyAndUnknown"),
            (api.HealthCheck.Passive!.Enabled!.Value, api.HealthCheck.Passive.Policy, api.HealthCheck.Passive.ReactivationPeriod!.Value, api.HealthCheck.AvailableDestinationsPolicy));
        Assert.Equal(TimeSpan.FromSeconds(30), api.HttpRequest!.ActivityTimeout);
    }

    [Fact]
    public void Build_ColorWithoutInstances_StillGetsACluster()
    {
        var snapshot = TestSnapshots.Valid with
        {
            Services = [TestSnapshots.Valid.Services[1] with { Destinations = TestSnapshots.Valid.Services[1].Destinations with { Green = [] } }],
        };

        var (_, clusters) = ProxyConfigBuilder.Build(snapshot);

        Assert.Equal([("web-blue", 2), ("web-green", 0)], clusters.Select(c => (c.ClusterId, c.Destinations!.Count)));
    }
}
