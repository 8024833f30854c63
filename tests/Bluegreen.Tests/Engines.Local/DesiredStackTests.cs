using Bluegreen.Components;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Tests.Engines.Local;

public class DesiredStackTests
{
    [Fact]
    public void Instances_GetIdsAndPortsFromServiceColorAndIndex_InTheAppsOrder()
    {
        var desired = LocalWorld.Desired();

        Assert.Equal(
            [("web-blue-1", 18100), ("web-blue-2", 18101), ("web-green-1", 18102), ("web-green-2", 18103), ("worker-blue-1", 18104), ("worker-green-1", 18105)],
            desired.Instances.Select(slot => (slot.Id, slot.Port)));
        Assert.Equal("http://127.0.0.1:18104/health", desired.Instances.Single(slot => slot.Id == "worker-blue-1").HealthUrl);
    }

    [Fact]
    public void Snapshot_HasOneRoutedServicePerWebService_WithEachColorsInstancesAsDestinations()
    {
        var snapshot = LocalWorld.Desired(active: DeploymentColor.Green).Snapshot;

        Assert.Equal((18080, 18081, 18082, "green"), (snapshot.ProductionPort, snapshot.TestPort, snapshot.AdminPort, snapshot.DefaultColor));
        var web = Assert.Single(snapshot.Services);
        Assert.Equal(("web", "/*"), (web.Name, Assert.Single(web.PathPatterns)));
        Assert.Equal(new RouterHealthCheck { Path = "/health", IntervalMs = 500, TimeoutMs = 1000, UnhealthyThreshold = 2 }, web.HealthCheck);
        Assert.Equal(
            [("web-blue-1", "http://127.0.0.1:18100"), ("web-blue-2", "http://127.0.0.1:18101")],
            web.Destinations.Blue.Select(d => (d.InstanceId, d.Address)));
        Assert.Equal(
            [("web-green-1", "http://127.0.0.1:18102"), ("web-green-2", "http://127.0.0.1:18103")],
            web.Destinations.Green.Select(d => (d.InstanceId, d.Address)));
        Assert.Empty(RouterSnapshotValidator.Validate(snapshot));
    }

    [Fact]
    public void SameRouting_IgnoresVersionAndDefaultColor_ButNotDestinations()
    {
        var desired = LocalWorld.Desired().Snapshot;
        var web = desired.Services[0];

        Assert.True(RouterTopology.SameRouting(desired, desired with { Version = 9, DefaultColor = "green" }));
        Assert.False(RouterTopology.SameRouting(desired, desired with
        {
            Services = [web with { Destinations = web.Destinations with { Green = web.Destinations.Green.Take(1).ToList() } }],
        }));
    }

    [Fact]
    public void Ports_NameTheSettingThatChoseEachOne()
    {
        var ports = LocalWorld.Desired().Ports;

        Assert.Equal(
            [
                (18080, "localProductionPort"), (18081, "localTestPort"), (18082, "localAdminPort"),
                (55432, "localPostgresPort"), (55433, "localPostgresPort"), (55434, "localPostgresPort"),
                (18100, "localInstanceBasePort"), (18101, "localInstanceBasePort"), (18102, "localInstanceBasePort"),
                (18103, "localInstanceBasePort"), (18104, "localInstanceBasePort"), (18105, "localInstanceBasePort"),
            ],
            ports.Select(p => (p.Port, p.SettingKey)));
        Assert.Equal("the PostgreSQL replica of green", ports[5].Purpose);
    }

    [Fact]
    public void Settings_CarryTheIntentsColorAndTags_NotTheStackFilesOnes()
    {
        var desired = LocalWorld.Desired(DeploymentColor.Green, "3.0.0", "3.1.0");

        Assert.Equal((DeploymentColor.Green, "3.0.0", "3.1.0"),
            (desired.Settings.ActiveColor, desired.Settings.ImageTag(DeploymentColor.Blue), desired.Settings.ImageTag(DeploymentColor.Green)));
        Assert.Equal(DeploymentColor.Blue, LocalWorld.Settings.ActiveColor);
    }
}
