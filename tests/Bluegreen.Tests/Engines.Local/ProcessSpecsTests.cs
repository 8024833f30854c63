using Bluegreen.Engines.Local.Artifacts;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.State;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Stacks.Apps;

namespace Bluegreen.Tests.Engines.Local;

public class ProcessSpecsTests
{
    private static readonly StackFolder Folder = new("/tmp/p/.bluegreen/local");
    private static readonly AppBinaries Binaries = new("/tmp/p/.bluegreen/apps/sample/Bluegreen.SampleApp.dll", "/tmp/p/.bluegreen/apps/router/Bluegreen.Router.dll");
    private static readonly DatabaseConnectionStrings Database = new("primary-cs", "blue-cs", "green-cs");

    [Fact]
    public void Build_PutsTheRouterFirst_ThenEveryInstance()
    {
        var set = ProcessSpecs.Build(LocalWorld.Desired(), Folder, Binaries, Database);

        Assert.Equal(["router", "web-blue-1", "web-blue-2", "web-green-1", "web-green-2", "worker-blue-1", "worker-green-1"], set.Processes.Select(p => p.Id));
    }

    [Fact]
    public void AnInstance_GetsItsIdentity_ItsColorsReplica_TheActiveColorFile_AndTheStackMarker()
    {
        var desired = LocalWorld.Desired();

        var spec = ProcessSpecs.Instance(desired, desired.Instance("web-green-2")!, Folder, Binaries, Database);

        Assert.Equal((DotnetHost.Path, "http://127.0.0.1:18103/health", 18103), (spec.FileName, spec.HealthUrl, spec.Port));
        Assert.Equal([Binaries.SampleDll, "--role", "web"], spec.Arguments);
        Assert.Equal("/tmp/p/.bluegreen/local/instances/web-green-2.log", spec.LogFile);
        Assert.Equal(("web", "green", "web"), (spec.Labels.Service, spec.Labels.Color, spec.Labels.Role));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["BLUEGREEN_COLOR"] = "green",
                ["BLUEGREEN_VERSION"] = "1.1.0",
                ["BLUEGREEN_SERVICE"] = "web",
                ["BLUEGREEN_INSTANCE"] = "web-green-2",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:18103",
                ["BLUEGREEN_PRIMARY_CONNECTION"] = "primary-cs",
                ["BLUEGREEN_REPLICA_CONNECTION"] = "green-cs",
                ["BLUEGREEN_ACTIVE_COLOR_FILE"] = "/tmp/p/.bluegreen/local/active-color",
                ["BLUEGREEN_STATE_DIR"] = "/tmp/p/.bluegreen/local",
            },
            spec.Environment);
    }

    [Fact]
    public void AWorker_RunsTheSampleAppInItsWorkerRole()
    {
        var desired = LocalWorld.Desired();

        var spec = ProcessSpecs.Instance(desired, desired.Instance("worker-blue-1")!, Folder, Binaries, Database);

        Assert.Equal([Binaries.SampleDll, "--role", "worker"], spec.Arguments);
        Assert.Equal(("1.0.0", "blue-cs"), (spec.Environment["BLUEGREEN_VERSION"], spec.Environment["BLUEGREEN_REPLICA_CONNECTION"]));
    }

    [Fact]
    public void ALocalCommandSetting_ReplacesTheSampleApp_WithItsPlaceholdersFilledIn()
    {
        var settings = LocalWorld.Settings with
        {
            Services = LocalWorld.Settings.Services.ToDictionary(
                s => s.Key, s => s.Key == "web" ? s.Value with { LocalCommand = "/usr/bin/myapp --port {port} --tag {color}-{version}" } : s.Value),
        };
        var desired = DesiredStack.From(SampleApp.Definition, settings, new Bluegreen.Engines.Local.Intent.StackIntent(Bluegreen.Components.DeploymentColor.Blue, "1.0.0", "1.1.0"));

        var spec = ProcessSpecs.Instance(desired, desired.Instance("web-blue-2")!, Folder, Binaries, Database);

        Assert.Equal("/usr/bin/myapp", spec.FileName);
        Assert.Equal(["--port", "18101", "--tag", "blue-1.0.0"], spec.Arguments);
    }

    [Fact]
    public void TheRouter_RunsOnItsStateFolder_AndChangesSpecWhenAPortChanges()
    {
        var desired = LocalWorld.Desired();
        var moved = desired with { Local = desired.Local with { TestPort = 19081 } };

        var router = ProcessSpecs.Router(desired, Folder, Binaries);

        Assert.Equal([Binaries.RouterDll, "--state", "/tmp/p/.bluegreen/local/router"], router.Arguments);
        Assert.Equal((18082, (string?)null), (router.Port, router.HealthUrl));
        Assert.Equal("18080,18081,18082", router.Environment["BLUEGREEN_ROUTER_PORTS"]);
        Assert.Equal("18080,19081,18082", ProcessSpecs.Router(moved, Folder, Binaries).Environment["BLUEGREEN_ROUTER_PORTS"]);
    }
}
