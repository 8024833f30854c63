using Bluegreen.Components;
using Bluegreen.Engines.Local.Intent;
using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Stacks.Config;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Local.Topology;

/// <summary>
/// Everything the local stack should be, derived from the app's shape, the stack's settings and the intent: the same
/// component model as on AWS. Each web service's listener rule becomes a router route, each (service, color) a router
/// cluster, each service's desired count that many supervised instances per color. A pure value: no I/O.
/// </summary>
internal sealed record DesiredStack
{
    public required AppDefinition App { get; init; }

    /// <summary>The stack's settings with the intent's active color and image tags applied.</summary>
    public required StackSettings Settings { get; init; }

    public required LocalSettings Local { get; init; }

    public required StackIntent Intent { get; init; }

    public required IReadOnlyList<InstanceSlot> Instances { get; init; }

    /// <summary>The router's topology; its version is left at 0 and chosen when it is written.</summary>
    public required RouterSnapshot Snapshot { get; init; }

    public required IReadOnlyList<PortClaim> Ports { get; init; }

    public int MaxReplicaLagSeconds => Settings.Database.MaxReplicaLagSeconds;

    public static DesiredStack From(AppDefinition app, StackSettings settings, StackIntent intent)
    {
        var local = settings.Local ?? throw new ArgumentException($"Stack {settings.StackName} is not a local stack.", nameof(settings));
        var instances = InstanceSlots.For(app, settings.Services.ToDictionary(s => s.Key, s => s.Value.DesiredCount), local.InstanceBasePort);
        return new DesiredStack
        {
            App = app,
            Settings = intent.ApplyTo(settings),
            Local = local,
            Intent = intent,
            Instances = instances,
            Snapshot = RouterTopology.Snapshot(app, local, instances, intent.ActiveColor),
            Ports = Claims(local, instances),
        };
    }

    public IEnumerable<InstanceSlot> InstancesOf(DeploymentColor color) => Instances.Where(slot => slot.Color == color);

    public InstanceSlot? Instance(string id) => Instances.FirstOrDefault(slot => slot.Id == id);

    /// <summary>The production, test and admin URLs people use.</summary>
    public StackUrls Urls => new($"http://127.0.0.1:{Local.ProductionPort}/", $"http://127.0.0.1:{Local.TestPort}/", $"http://127.0.0.1:{Local.AdminPort}/admin/status");

    private static List<PortClaim> Claims(LocalSettings local, IReadOnlyList<InstanceSlot> instances) =>
    [
        new(local.ProductionPort, ConfigKeys.LocalProductionPort, $"the router's {RouterListeners.Production} listener"),
        new(local.TestPort, ConfigKeys.LocalTestPort, $"the router's {RouterListeners.Test} listener"),
        new(local.AdminPort, ConfigKeys.LocalAdminPort, "the router's admin endpoint"),
        new(local.PostgresPort, ConfigKeys.LocalPostgresPort, "the PostgreSQL primary"),
        .. DeploymentColors.All.Select((color, i) => new PortClaim(local.PostgresPort + 1 + i, ConfigKeys.LocalPostgresPort, $"the PostgreSQL replica of {color.Name()}")),
        .. instances.Select(slot => new PortClaim(slot.Port, ConfigKeys.LocalInstanceBasePort, $"instance {slot.Id}")),
    ];
}

/// <summary>Where people reach a local stack.</summary>
/// <param name="Production">The production listener: the active color.</param>
/// <param name="Test">The test listener: the idle color.</param>
/// <param name="Admin">The router's status (needs the admin token).</param>
internal sealed record StackUrls(string Production, string Test, string Admin);
