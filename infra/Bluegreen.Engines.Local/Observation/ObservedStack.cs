using Bluegreen.Components;
using Bluegreen.Engines.Local.Intent;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Engines.Local.Observation;

/// <summary>What was seen of a local stack at one moment. Every part may be absent: that is what status and drift report.</summary>
internal sealed record ObservedStack
{
    /// <summary>The intent recorded in <c>desired.json</c>; null before the first up.</summary>
    public StackIntent? Intent { get; init; }

    /// <summary>The color in the <c>active-color</c> file; null when there is none.</summary>
    public DeploymentColor? PublishedColor { get; init; }

    /// <summary>What the process agent supervises; null when no agent answers.</summary>
    public ObservedProcessSet? Agent { get; init; }

    /// <summary>The router's live view; null when it does not answer (<see cref="RouterError"/> says why).</summary>
    public RouterView? Router { get; init; }

    public string? RouterError { get; init; }

    public required LocalDatabaseStatus Database { get; init; }

    /// <summary>Live processes carrying this stack's marker; empty unless asked for.</summary>
    public IReadOnlyList<MarkedProcess> Marked { get; init; } = [];

    /// <summary>What each answering instance says it is, by instance id; empty unless asked for.</summary>
    public IReadOnlyDictionary<string, InstanceIdentity> Identities { get; init; } = new Dictionary<string, InstanceIdentity>();

    public ProcessStatus? Process(string id) => Agent?.Processes.FirstOrDefault(process => process.Id == id);

    public DestinationStatus? Destination(string instanceId) =>
        Router?.Status.Destinations.FirstOrDefault(destination => destination.InstanceId == instanceId);

    public ListenerStatus? Listener(string name) => Router?.Status.Listeners.FirstOrDefault(listener => listener.Name == name);
}

/// <summary>The router's status and the topology it serves, read together.</summary>
internal sealed record RouterView(RouterStatus Status, RouterSnapshot Snapshot);

/// <summary>A live process whose environment carries this stack's state-folder marker.</summary>
/// <param name="Instance">Its <c>BLUEGREEN_INSTANCE</c>, if any.</param>
internal sealed record MarkedProcess(int Pid, string? Instance, string? Color, string CommandLine);

/// <summary>What an instance answers about itself (GET / for web, GET /status for workers).</summary>
internal sealed record InstanceIdentity(string Color, string Version, string Instance);
