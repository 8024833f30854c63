using Bluegreen.Components;
using Bluegreen.Engines.Local.Health;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Engines.Local.Status;

/// <summary>Turns one observation into the status report; a pure function.</summary>
internal static class StatusBuilder
{
    public static LocalStackStatus Build(DesiredStack desired, ObservedStack observed)
    {
        var verdict = HealthChecks.Phase(desired, observed);
        return new LocalStackStatus(
            verdict.Phase,
            verdict.Reason,
            DeploymentColors.All.Select(color => Color(color, desired, observed)).ToList(),
            observed.Router?.Status.Traffic ?? [],
            desired.Urls);
    }

    private static ColorStatus Color(DeploymentColor color, DesiredStack desired, ObservedStack observed)
    {
        var replica = observed.Database.Replica(color);
        return new ColorStatus(
            color,
            desired.Intent.ImageTag(color),
            observed.Router?.Status.Listeners.FirstOrDefault(listener => listener.Color == color.Name())?.Name,
            desired.App.Services.Select(service => new ServiceStatus(
                service.Name,
                desired.InstancesOf(color).Count(slot => slot.Service.Name == service.Name && IsHealthy(slot, observed)),
                desired.Settings.Services[service.Name].DesiredCount)).ToList(),
            new ReplicaSummary(replica.Instance.Running, replica.Streaming, replica.ReplayLagBytes, replica.ReplayLagSeconds));
    }

    private static bool IsHealthy(InstanceSlot slot, ObservedStack observed) =>
        observed.Process(slot.Id)?.State == ProcessState.Healthy
        && (!slot.IsWeb || observed.Router is null || observed.Destination(slot.Id)?.Health == DestinationHealthNames.Healthy);
}
