using System.Globalization;
using Bluegreen.Components;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Engines.Local.Health;

/// <summary>
/// Pure functions from (desired, observed) to what is not healthy. <see cref="Stack"/> gives the phase of status and
/// drift; <see cref="Color"/> is the gate a switch applies to its target.
/// </summary>
internal static class HealthChecks
{
    public static PhaseVerdict Phase(DesiredStack desired, ObservedStack observed) => PhaseVerdict.Of(Stack(desired, observed));

    public static IReadOnlyList<HealthProblem> Stack(DesiredStack desired, ObservedStack observed)
    {
        if (observed.Intent is null)
        {
            return [new(StackPhase.Degraded, "the stack has never been brought up; run `bluegreen up`")];
        }

        var problems = new List<HealthProblem>();
        problems.AddRange(Shared(desired, observed));
        foreach (var color in DeploymentColors.All)
        {
            problems.AddRange(Color(color, desired, observed));
        }

        return problems;
    }

    /// <summary>Why <paramref name="color"/> is not fully healthy: its instances (agent and router health) and its replica.</summary>
    public static IReadOnlyList<HealthProblem> Color(DeploymentColor color, DesiredStack desired, ObservedStack observed)
    {
        var problems = new List<HealthProblem>();
        if (observed.Agent is not null)
        {
            foreach (var slot in desired.InstancesOf(color))
            {
                if (Instance(slot, observed) is { } problem)
                {
                    problems.Add(problem);
                }
            }
        }
        else if (desired.InstancesOf(color).Any())
        {
            problems.Add(new(StackPhase.Degraded, $"no {color.Name()} instance runs: the process agent is not running"));
        }

        problems.AddRange(Replica(color, desired, observed));
        return problems;
    }

    private static IEnumerable<HealthProblem> Shared(DesiredStack desired, ObservedStack observed)
    {
        if (observed.Agent is null)
        {
            yield return new(StackPhase.Degraded, "the process agent is not running");
        }

        if (observed.Router is not { } router)
        {
            yield return new(StackPhase.Degraded, "the router does not answer");
        }
        else
        {
            var active = desired.Intent.ActiveColor.Name();
            if (router.Status.ServedColor != active)
            {
                yield return new(StackPhase.Degraded, $"the router serves {router.Status.ServedColor}, but {active} is the active color");
            }

            foreach (var listener in router.Status.Listeners.Where(listener => listener.Overridden))
            {
                yield return new(StackPhase.Degraded, $"the {listener.Name} listener is pointed at {listener.Color} by hand");
            }

            if (!RouterTopology.SameRouting(desired.Snapshot, router.Snapshot))
            {
                yield return new(StackPhase.Progressing, "the router does not serve the current topology yet");
            }
        }

        if (!observed.Database.Primary.Running)
        {
            yield return new(StackPhase.Degraded, "the PostgreSQL primary is not running");
        }

        if (observed.PublishedColor != desired.Intent.ActiveColor)
        {
            yield return new(StackPhase.Degraded,
                $"the active-color file says {observed.PublishedColor?.Name() ?? "nothing"}, but {desired.Intent.ActiveColor.Name()} is the active color");
        }
    }

    private static HealthProblem? Instance(InstanceSlot slot, ObservedStack observed)
    {
        if (observed.Process(slot.Id) is not { } process)
        {
            return new(StackPhase.Degraded, $"{slot.Id} is not supervised");
        }

        var problem = process.State switch
        {
            ProcessState.Starting => new HealthProblem(StackPhase.Progressing, $"{slot.Id} is starting"),
            ProcessState.Running => new HealthProblem(StackPhase.Degraded, $"{slot.Id} fails its health check"),
            ProcessState.BackingOff => new HealthProblem(StackPhase.Degraded, $"{slot.Id} is down ({Restarts(process)}){ErrorOf(process)}"),
            ProcessState.Failed => new HealthProblem(StackPhase.Degraded, $"{slot.Id} cannot start{ErrorOf(process)}"),
            ProcessState.Stopped => new HealthProblem(StackPhase.Degraded, $"{slot.Id} is stopped"),
            _ => null,
        };
        if (problem is not null || !slot.IsWeb || observed.Router is null)
        {
            return problem;
        }

        return observed.Destination(slot.Id)?.Health switch
        {
            null => new(StackPhase.Progressing, $"the router has no destination {slot.Id} yet"),
            DestinationHealthNames.Unhealthy => new(StackPhase.Degraded, $"the router took {slot.Id} out of rotation"),
            DestinationHealthNames.Unknown => new(StackPhase.Progressing, $"the router has not probed {slot.Id} yet"),
            _ => null,
        };
    }

    private static IEnumerable<HealthProblem> Replica(DeploymentColor color, DesiredStack desired, ObservedStack observed)
    {
        var replica = observed.Database.Replica(color);
        var name = replica.Instance.Name;
        if (!replica.Instance.Initialized)
        {
            yield return new(StackPhase.Degraded, $"{name} does not exist");
        }
        else if (!replica.Instance.Running)
        {
            yield return new(StackPhase.Degraded, $"{name} is not running");
        }
        else if (!replica.Streaming)
        {
            yield return new(StackPhase.Progressing, $"{name} is not streaming from the primary");
        }
        else if (replica.ReplayLagSeconds > desired.MaxReplicaLagSeconds)
        {
            yield return new(StackPhase.Degraded, string.Create(CultureInfo.InvariantCulture,
                $"{name} lags {replica.ReplayLagSeconds:0.###} s behind the primary (at most {desired.MaxReplicaLagSeconds} s allowed)"));
        }
    }

    private static string Restarts(ProcessStatus process) =>
        process.Restarts == 1 ? "1 restart" : string.Create(CultureInfo.InvariantCulture, $"{process.Restarts} restarts");

    private static string ErrorOf(ProcessStatus process) => process.Error is null ? "" : $": {process.Error}";
}
