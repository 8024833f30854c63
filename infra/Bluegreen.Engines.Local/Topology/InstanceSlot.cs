using Bluegreen.Components;

namespace Bluegreen.Engines.Local.Topology;

/// <summary>
/// One app instance of the local stack: the local stand-in for one ECS task of a service in one color.
/// Its id and port follow from the service, the color and the index alone, so they never move between runs.
/// </summary>
/// <param name="Index">1-based within the service and color.</param>
internal sealed record InstanceSlot(ServiceDefinition Service, DeploymentColor Color, int Index, int Port)
{
    /// <summary>e.g. "web-blue-1": the agent's process id, the router's instance id and <c>BLUEGREEN_INSTANCE</c>.</summary>
    public string Id => $"{Service.Name}-{Color.Name()}-{Index}";

    public string Address => $"http://127.0.0.1:{Port}";

    public string HealthUrl => Address + Service.HealthCheckPath;

    public bool IsWeb => Service.Kind == ServiceKind.Web;
}

/// <summary>Where each instance goes.</summary>
internal static class InstanceSlots
{
    /// <summary>
    /// Services in the app's order, then blue before green, then by index; ports are handed out in that order from
    /// <paramref name="basePort"/>, the range the settings validation reserves for instances.
    /// </summary>
    public static IReadOnlyList<InstanceSlot> For(AppDefinition app, IReadOnlyDictionary<string, int> desiredCounts, int basePort)
    {
        var slots = new List<InstanceSlot>();
        foreach (var service in app.Services)
        {
            foreach (var color in DeploymentColors.All)
            {
                for (var index = 1; index <= desiredCounts[service.Name]; index++)
                {
                    slots.Add(new InstanceSlot(service, color, index, basePort + slots.Count));
                }
            }
        }

        return slots;
    }
}
