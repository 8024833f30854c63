using Bluegreen.Components;
using Bluegreen.Engines.Local.Intent;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Stacks.Apps;
using Bluegreen.Stacks.Settings;
using Bluegreen.Tests.Common;

namespace Bluegreen.Tests.Engines.Local;

/// <summary>
/// Seeds the world for the local engine's pure functions: the committed local stack's settings, and an observation in
/// which everything runs exactly as desired. Tests then break one thing with <c>with</c>.
/// </summary>
internal static class LocalWorld
{
    public static readonly StackSettings Settings = new StackSettingsLoader(SampleApp.Definition).LoadValid(RepositoryRoot.Path, "local");

    public static DesiredStack Desired(DeploymentColor active = DeploymentColor.Blue, string blueTag = "1.0.0", string greenTag = "1.1.0") =>
        DesiredStack.From(SampleApp.Definition, Settings, new StackIntent(active, blueTag, greenTag));

    public static ObservedStack Healthy(DesiredStack desired) => new()
    {
        Intent = desired.Intent,
        PublishedColor = desired.Intent.ActiveColor,
        Agent = new ObservedProcessSet
        {
            AgentPid = 100,
            AgentStartedAt = DateTimeOffset.UnixEpoch,
            Processes = [Process(ProcessSpecs.RouterId, "", "router", 101, desired.Local.AdminPort), .. desired.Instances.Select((slot, i) => Process(slot, 200 + i))],
        },
        Router = new RouterView(RouterStatus(desired), desired.Snapshot with { Version = 3 }),
        Database = Database(desired),
        Identities = desired.Instances.ToDictionary(slot => slot.Id, slot => new InstanceIdentity(slot.Color.Name(), desired.Intent.ImageTag(slot.Color), slot.Id)),
    };

    public static ProcessStatus Process(InstanceSlot slot, int pid) => Process(slot.Id, slot.Color.Name(), slot.Service.Name, pid, slot.Port);

    public static ProcessStatus Process(string id, string color, string service, int pid, int port) => new()
    {
        Id = id,
        Labels = new ProcessLabels { Service = service, Color = color, Role = service },
        Fingerprint = "f-" + id,
        State = ProcessState.Healthy,
        Pid = pid,
        Port = port,
        Healthy = true,
    };

    /// <summary>The observation with one process replaced by <paramref name="change"/> of it.</summary>
    public static ObservedStack WithProcess(this ObservedStack observed, string id, Func<ProcessStatus, ProcessStatus> change) => observed with
    {
        Agent = observed.Agent! with { Processes = observed.Agent.Processes.Select(p => p.Id == id ? change(p) : p).ToList() },
    };

    public static ObservedStack WithRouterStatus(this ObservedStack observed, Func<RouterStatus, RouterStatus> change) => observed with
    {
        Router = observed.Router! with { Status = change(observed.Router.Status) },
    };

    public static ObservedStack WithReplica(this ObservedStack observed, DeploymentColor color, Func<ReplicaStatus, ReplicaStatus> change) => observed with
    {
        Database = observed.Database with { Replicas = observed.Database.Replicas.Select(r => r.Color == color ? change(r) : r).ToList() },
    };

    private static RouterStatus RouterStatus(DesiredStack desired)
    {
        var active = desired.Intent.ActiveColor.Name();
        var idle = desired.Intent.IdleColor.Name();
        return new RouterStatus
        {
            ServedColor = active,
            SnapshotVersion = 3,
            StartedAt = DateTimeOffset.UnixEpoch,
            Listeners =
            [
                new ListenerStatus { Name = RouterListeners.Production, Port = desired.Local.ProductionPort, Color = active, Overridden = false },
                new ListenerStatus { Name = RouterListeners.Test, Port = desired.Local.TestPort, Color = idle, Overridden = false },
            ],
            HeaderRules = RouterColors.All.Select(c => new HeaderRuleStatus { Header = RouterListeners.ColorHeader, Value = c, Color = c }).ToList(),
            Traffic = [],
            Destinations = desired.Instances.Where(slot => slot.IsWeb).Select(slot => new DestinationStatus
            {
                Service = slot.Service.Name,
                Color = slot.Color.Name(),
                InstanceId = slot.Id,
                Address = slot.Address,
                Health = DestinationHealthNames.Healthy,
                ActiveHealth = DestinationHealthNames.Healthy,
                PassiveHealth = DestinationHealthNames.Unknown,
            }).ToList(),
        };
    }

    private static LocalDatabaseStatus Database(DesiredStack desired)
    {
        var port = desired.Local.PostgresPort;
        return new LocalDatabaseStatus(
            Server("primary", port, 300),
            DeploymentColors.All.Select((color, i) => new ReplicaStatus
            {
                Color = color,
                Instance = Server($"replica-{color.Name()}", port + 1 + i, 301 + i),
                Streaming = true,
                ReplayLagBytes = 0,
                ReplayLagSeconds = 0,
                UpstreamPort = port,
                UpstreamIsPrimary = true,
                SlotExists = true,
            }).ToList());
    }

    private static DatabaseInstanceStatus Server(string name, int port, int pid) =>
        new() { Name = name, Port = port, Initialized = true, Running = true, Pid = pid };
}
