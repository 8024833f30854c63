using Bluegreen.Engines.Local.Agent;
using Bluegreen.Engines.Local.Intent;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.State;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Engines.Local.Observation;

/// <summary>What an observation reads besides the agent, the router and the database, which it always reads.</summary>
[Flags]
internal enum ObservationDetail
{
    None = 0,

    /// <summary>Scan /proc for processes carrying the stack's marker.</summary>
    MarkedProcesses = 1,

    /// <summary>Ask every instance what it is (color, version).</summary>
    InstanceIdentities = 2,

    All = MarkedProcesses | InstanceIdentities,
}

/// <summary>Reads the whole local stack without changing it: intent files, agent, router, database, in parallel.</summary>
internal sealed class StackObserver(StackFolder folder, IntentStore intent, PublishedActiveColor published, ClusterLayout database, int adminPort)
{
    private readonly AgentLauncher _agents = new();

    public async Task<ObservedStack> ObserveAsync(DesiredStack? desired, ObservationDetail detail, CancellationToken cancellationToken)
    {
        var recorded = intent.Read();
        var color = published.Read();
        var agent = ObserveAgentAsync(cancellationToken);
        var router = ObserveRouterAsync(cancellationToken);
        var db = new ClusterObserver(database).ObserveAsync(cancellationToken);
        var identities = desired is not null && detail.HasFlag(ObservationDetail.InstanceIdentities)
            ? InstanceProbe.IdentitiesAsync(desired.Instances, cancellationToken)
            : Task.FromResult<IReadOnlyDictionary<string, InstanceIdentity>>(new Dictionary<string, InstanceIdentity>());
        var marked = detail.HasFlag(ObservationDetail.MarkedProcesses)
            ? Task.Run(() => MarkedProcesses.WithEnvironment(ProcessSpecs.StateMarker, folder.Path), cancellationToken)
            : Task.FromResult<IReadOnlyList<MarkedProcess>>([]);
        var (routerView, routerError) = await router;
        return new ObservedStack
        {
            Intent = recorded,
            PublishedColor = color,
            Agent = await agent,
            Router = routerView,
            RouterError = routerError,
            Database = await db,
            Marked = await marked,
            Identities = await identities,
        };
    }

    private async Task<ObservedProcessSet?> ObserveAgentAsync(CancellationToken cancellationToken)
    {
        using var client = await _agents.ConnectAsync(folder.Path, cancellationToken);
        return client is null ? null : await client.GetProcessesAsync(cancellationToken);
    }

    private async Task<(RouterView? View, string? Error)> ObserveRouterAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var admin = RouterAdminClient.ForStateDirectory(folder.Router, adminPort);
            var status = admin.StatusAsync(cancellationToken);
            var snapshot = admin.SnapshotAsync(cancellationToken);
            return (new RouterView(await status, await snapshot), null);
        }
        catch (RouterAdminException unreachable)
        {
            return (null, unreachable.Message);
        }
    }
}
