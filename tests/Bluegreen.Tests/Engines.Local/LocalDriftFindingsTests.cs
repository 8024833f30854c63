using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Local.Drift;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Reconcile;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Tests.Engines.Local;

/// <summary>Live drift is a pure comparison: each case breaks one thing and expects exactly the findings that name it.</summary>
public class LocalDriftFindingsTests
{
    private static readonly Bluegreen.Engines.Local.Topology.DesiredStack Desired = LocalWorld.Desired();
    private static readonly ObservedStack World = LocalWorld.Healthy(Desired);

    [Fact]
    public void AStackAsDescribed_HasNoFindings_AndItsColorsAreAtParity()
    {
        Assert.Empty(LocalDriftFindings.Live(Desired, World));
        Assert.Empty(ParityFindings.For(Desired));
    }

    [Fact]
    public void AListenerPointedAtTheIdleColor_IsAChangedColor_ThatTouchesTraffic()
    {
        var observed = World.WithRouterStatus(s => s with
        {
            Listeners = s.Listeners.Select(l => l.Name == RouterListeners.Production ? l with { Color = "green", Overridden = true } : l).ToList(),
        });

        var finding = Assert.Single(LocalDriftFindings.Live(Desired, observed));

        Assert.Equal(Live(ResourceOwner.Shared, "production-listener", LocalResourceTypes.RouterListener, DriftKind.Changed, "color", "blue", "green"), finding);
        Assert.True(LocalDriftFindings.TouchesTraffic(finding));
    }

    [Fact]
    public void AnInstanceTheAgentNoLongerRuns_IsMissing_AndItsServiceCountChanged()
    {
        var observed = World with { Agent = World.Agent! with { Processes = World.Agent.Processes.Where(p => p.Id != "web-green-2").ToList() } };

        Assert.Equal(
            [
                Live(ResourceOwner.Green, "web-green", LocalResourceTypes.Service, DriftKind.Changed, "count", "2", "1"),
                Live(ResourceOwner.Green, "web-green-2", LocalResourceTypes.Process, DriftKind.Missing),
            ],
            LocalDriftFindings.Live(Desired, observed));
    }

    [Fact]
    public void AnInstanceOnAnotherVersionOrState_IsChangedField_ByField()
    {
        var observed = World.WithProcess("web-blue-1", p => p with { State = ProcessState.BackingOff, Error = "exited with code 137" }) with
        {
            Identities = new Dictionary<string, InstanceIdentity>(World.Identities) { ["web-blue-1"] = new("blue", "9.9.9", "web-blue-1") },
        };

        Assert.Equal(
            [
                Live(ResourceOwner.Blue, "web-blue-1", LocalResourceTypes.Process, DriftKind.Changed, "state", "healthy", "backing-off (exited with code 137)"),
                Live(ResourceOwner.Blue, "web-blue-1", LocalResourceTypes.Process, DriftKind.Changed, "version", "1.0.0", "9.9.9"),
            ],
            LocalDriftFindings.Live(Desired, observed));
    }

    [Fact]
    public void AProcessTheAgentRunsButNothingDescribes_IsUnexpected()
    {
        var observed = World with
        {
            Agent = World.Agent! with { Processes = [.. World.Agent.Processes, LocalWorld.Process("web-green-3", "green", "web", 999, 18199)] },
        };

        Assert.Equal(
            [
                Live(ResourceOwner.Green, "web-green", LocalResourceTypes.Service, DriftKind.Changed, "count", "2", "3"),
                Live(ResourceOwner.Green, "web-green-3", LocalResourceTypes.Process, DriftKind.Unexpected, "pid", null, "999"),
            ],
            LocalDriftFindings.Live(Desired, observed));
    }

    [Fact]
    public void AMarkedProcessNothingSupervises_IsAStray()
    {
        var observed = World with { Marked = [new MarkedProcess(4242, "web-blue-7", "blue", "dotnet sample.dll")] };

        Assert.Equal(
            [Live(ResourceOwner.Blue, "web-blue-7 (pid 4242)", LocalResourceTypes.Process, DriftKind.Unexpected, "pid", null, "4242: dotnet sample.dll")],
            LocalDriftFindings.Live(Desired, observed));
    }

    [Fact]
    public void AStoppedReplica_IsNotRunning_ForItsColorOnly()
    {
        var observed = World.WithReplica(DeploymentColor.Green, r => r with
        {
            Instance = r.Instance with { Running = false, Pid = null }, Streaming = false, ReplayLagBytes = null, ReplayLagSeconds = null,
        });

        Assert.Equal(
            [Live(ResourceOwner.Green, "replica-green", LocalResourceTypes.Database, DriftKind.Changed, "running", "true", "false")],
            LocalDriftFindings.Live(Desired, observed));
    }

    [Fact]
    public void AReplicaFollowingAnotherServer_WithoutItsSlot_IsChangedOnBoth()
    {
        var observed = World.WithReplica(DeploymentColor.Blue, r => r with { UpstreamPort = 6000, UpstreamIsPrimary = false, SlotExists = false, Streaming = false });

        Assert.Equal(
            [
                Live(ResourceOwner.Blue, "replica-blue", LocalResourceTypes.Database, DriftKind.Changed, "slot", "blue_slot", "(missing)"),
                Live(ResourceOwner.Blue, "replica-blue", LocalResourceTypes.Database, DriftKind.Changed, "streaming", "true", "false"),
                Live(ResourceOwner.Blue, "replica-blue", LocalResourceTypes.Database, DriftKind.Changed, "upstreamPort", "55432", "6000"),
            ],
            LocalDriftFindings.Live(Desired, observed));
    }

    [Fact]
    public void TheRoutersTopology_IsComparedFieldByField()
    {
        var served = Desired.Snapshot with
        {
            Services = [Desired.Snapshot.Services[0] with
            {
                HealthCheck = Desired.Snapshot.Services[0].HealthCheck with { Path = "/" },
                Destinations = Desired.Snapshot.Services[0].Destinations with
                {
                    Blue = [new RouterDestination { InstanceId = "web-blue-1", Address = "http://127.0.0.1:9999" }],
                },
            }],
        };
        var observed = World with { Router = World.Router! with { Snapshot = served } };

        Assert.Equal(
            [
                Live(ResourceOwner.Blue, "web-blue-1", LocalResourceTypes.RouterDestination, DriftKind.Changed, "address", "http://127.0.0.1:18100", "http://127.0.0.1:9999"),
                Live(ResourceOwner.Blue, "web-blue-2", LocalResourceTypes.RouterDestination, DriftKind.Missing),
                Live(ResourceOwner.Shared, "router/web", LocalResourceTypes.RouterSnapshot, DriftKind.Changed, "healthCheck.path", "/health", "/"),
            ],
            LocalDriftFindings.Live(Desired, observed));
    }

    [Fact]
    public void ARouterThatDoesNotAnswer_AndAStaleActiveColorFile_AreFound()
    {
        var observed = World with { Router = null, RouterError = "connection refused", PublishedColor = DeploymentColor.Green };

        var findings = LocalDriftFindings.Live(Desired, observed);

        Assert.Equal(
            [
                Live(ResourceOwner.Shared, "active-color", LocalResourceTypes.ActiveColorFile, DriftKind.Changed, "color", "blue", "green"),
                Live(ResourceOwner.Shared, "router", LocalResourceTypes.Process, DriftKind.Changed, "admin", "answering", "connection refused"),
            ],
            findings);
        Assert.Equal([true, false], findings.Select(LocalDriftFindings.TouchesTraffic));
    }

    private static DriftFinding Live(ResourceOwner color, string resource, string type, DriftKind kind, string? field = null, string? expected = null, string? actual = null) =>
        new(color, resource, type, kind, DriftSource.Live, field, expected, actual);
}
