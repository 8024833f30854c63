using Bluegreen.Components;
using Bluegreen.Engines.Local.Health;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Tests.Engines.Local;

/// <summary>The phase is a pure function of desired and observed state: each case breaks one thing in a healthy world.</summary>
public class HealthChecksTests
{
    private static readonly Bluegreen.Engines.Local.Topology.DesiredStack Desired = LocalWorld.Desired();
    private static readonly Bluegreen.Engines.Local.Observation.ObservedStack World = LocalWorld.Healthy(Desired);

    [Fact]
    public void EverythingAsDesired_IsHealthy()
    {
        Assert.Equal(PhaseVerdict.Healthy, HealthChecks.Phase(Desired, World));
    }

    [Fact]
    public void AStartingInstance_IsProgressing()
    {
        var observed = World.WithProcess("web-green-1", p => p with { State = ProcessState.Starting, Healthy = false });

        Assert.Equal(new PhaseVerdict(StackPhase.Progressing, "web-green-1 is starting"), HealthChecks.Phase(Desired, observed));
    }

    [Fact]
    public void AnInstanceBackingOff_IsDegraded_WithItsRestartsAndError()
    {
        var observed = World.WithProcess("worker-blue-1", p => p with { State = ProcessState.BackingOff, Restarts = 3, Error = "exited with code 2" });

        Assert.Equal(new PhaseVerdict(StackPhase.Degraded, "worker-blue-1 is down (3 restarts): exited with code 2"), HealthChecks.Phase(Desired, observed));
    }

    [Fact]
    public void DegradedWins_OverProgressing_AndOnlyItsReasonsAreGiven()
    {
        var observed = World
            .WithProcess("web-green-1", p => p with { State = ProcessState.Starting })
            .WithRouterStatus(s => s with { ServedColor = "green" });

        Assert.Equal(new PhaseVerdict(StackPhase.Degraded, "the router serves green, but blue is the active color"), HealthChecks.Phase(Desired, observed));
    }

    [Fact]
    public void TheRouterTakingAnInstanceOutOfRotation_IsDegraded_AndNotYetProbed_IsProgressing()
    {
        var outOfRotation = World.WithRouterStatus(s => s with { Destinations = s.Destinations.Select(d => d.InstanceId == "web-blue-2" ? d with { Health = DestinationHealthNames.Unhealthy } : d).ToList() });
        var notProbed = World.WithRouterStatus(s => s with { Destinations = s.Destinations.Select(d => d.InstanceId == "web-blue-2" ? d with { Health = DestinationHealthNames.Unknown } : d).ToList() });

        Assert.Equal(new PhaseVerdict(StackPhase.Degraded, "the router took web-blue-2 out of rotation"), HealthChecks.Phase(Desired, outOfRotation));
        Assert.Equal(new PhaseVerdict(StackPhase.Progressing, "the router has not probed web-blue-2 yet"), HealthChecks.Phase(Desired, notProbed));
    }

    [Fact]
    public void AReplicaLaggingBeyondTheLimit_KeepsItsColorFromTakingTraffic()
    {
        var observed = World.WithReplica(DeploymentColor.Green, r => r with { ReplayLagBytes = 4096, ReplayLagSeconds = 7.25 });

        var green = HealthChecks.Color(DeploymentColor.Green, Desired, observed);
        var blue = HealthChecks.Color(DeploymentColor.Blue, Desired, observed);

        Assert.Equal([new HealthProblem(StackPhase.Degraded, "replica-green lags 7.25 s behind the primary (at most 5 s allowed)")], green);
        Assert.Empty(blue);
    }

    [Fact]
    public void WithoutAnAgent_EveryColorIsDown()
    {
        var observed = World with { Agent = null };

        Assert.Equal(
            [new HealthProblem(StackPhase.Degraded, "no green instance runs: the process agent is not running")],
            HealthChecks.Color(DeploymentColor.Green, Desired, observed));
    }

    [Fact]
    public void AStackNeverBroughtUp_SaysToRunUp()
    {
        var observed = World with { Intent = null };

        Assert.Equal(new PhaseVerdict(StackPhase.Degraded, "the stack has never been brought up; run `bluegreen up`"), HealthChecks.Phase(Desired, observed));
    }

    [Fact]
    public void Verdict_ListsAtMostThreeReasons_AndCountsTheRest()
    {
        HealthProblem[] problems = [.. Enumerable.Range(1, 5).Select(i => new HealthProblem(StackPhase.Degraded, $"problem {i}")), new(StackPhase.Progressing, "slow")];

        Assert.Equal(new PhaseVerdict(StackPhase.Degraded, "problem 1; problem 2; problem 3; and 2 more"), PhaseVerdict.Of(problems));
    }
}
