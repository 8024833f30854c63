using Bluegreen.Components;
using Bluegreen.Engines.Local.Agent;
using Bluegreen.Engines.Local.Artifacts;
using Bluegreen.Engines.Local.Intent;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Engines.Local.Reconcile;

/// <summary>
/// Moves the running world to the desired stack, creating what is missing and leaving what matches: the code behind
/// up, deploy, drift remediation and a drill's rebuild. It looks first (ports, strays), then acts: PostgreSQL in
/// parallel with the programs and the agent, then the desired process set, the router's topology, health, and last
/// the traffic, which it moves only when allowed.
/// </summary>
internal sealed class StackReconciler(LocalStackContext stack)
{
    public static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Checks, then applies.</summary>
    public async Task<ReconcileOutcome> ReconcileAsync(StackIntent intent, bool allowTrafficChange, CancellationToken cancellationToken) =>
        await ApplyAsync(await CheckAsync(intent, cancellationToken), allowTrafficChange, cancellationToken);

    /// <summary>
    /// Everything that can refuse before anything changes: PostgreSQL is installed, and every port is free or the
    /// stack's own. Reads the world once; the plan carries what it saw.
    /// </summary>
    public async Task<ReconcilePlan> CheckAsync(StackIntent intent, CancellationToken cancellationToken)
    {
        var desired = stack.Desired(intent);
        var cluster = stack.OpenDatabase();
        var before = await stack.Observer.ObserveAsync(desired, ObservationDetail.MarkedProcesses, cancellationToken);
        PortCheck.EnsureUsable(desired.Ports, StackPids(before), stack.StackName);
        return new ReconcilePlan(desired, cluster, before);
    }

    public async Task<ReconcileOutcome> ApplyAsync(ReconcilePlan plan, bool allowTrafficChange, CancellationToken cancellationToken)
    {
        var (desired, cluster, before) = plan;
        var intent = desired.Intent;
        var strays = StrayProcesses.Among(before);
        var changes = new List<ResourceChange>();
        if (strays.Count > 0)
        {
            stack.Progress($"stopping {strays.Count} process(es) of this stack that nothing supervises: {string.Join(", ", strays.Select(StrayProcesses.Name))}");
            changes.AddRange(await StrayProcesses.StopAsync(strays, cancellationToken));
        }

        var connections = cluster.EnsureConnectionStrings();
        Directory.CreateDirectory(stack.Folder.Instances);
        if (before.PublishedColor is null)
        {
            // Before any worker starts, so none of them runs a job while the live color is unknown.
            stack.Published.Write(intent.ActiveColor);
            changes.Add(PublishedColorChange("create", trafficChange: false));
        }

        var database = EnsureDatabaseAsync(cluster, before.Database, cancellationToken);
        var processes = EnsureProcessesAsync(desired, connections, cancellationToken);
        await Task.WhenAll(database, processes);
        changes.AddRange(await database);
        changes.AddRange(await processes);

        var routing = new RouterSync(stack.Folder.Router, stack.Time);
        using var admin = routing.Connect(stack.Local.AdminPort);
        var webIds = desired.Instances.Where(slot => slot.IsWeb).Select(slot => slot.Id).ToList();
        var status = await routing.WaitHealthyAsync(admin, webIds, RouterSync.ReadyTimeout, cancellationToken);
        var (trafficChanges, heldBack) = await AlignTrafficAsync(admin, status, intent.ActiveColor, allowTrafficChange, cancellationToken);
        changes.AddRange(trafficChanges);
        return new ReconcileOutcome(changes, heldBack);
    }

    private static async Task<IReadOnlyList<ResourceChange>> EnsureDatabaseAsync(LocalDatabaseCluster cluster, LocalDatabaseStatus before, CancellationToken cancellationToken)
    {
        await cluster.EnsureAllAsync(cancellationToken);
        var after = await cluster.ObserveAsync(cancellationToken);
        return DatabaseChanges(before, after);
    }

    /// <summary>Programs, agent, desired set, then the router's topology; returns once every process is healthy.</summary>
    private async Task<IReadOnlyList<ResourceChange>> EnsureProcessesAsync(DesiredStack desired, DatabaseConnectionStrings connections, CancellationToken cancellationToken)
    {
        var artifacts = new AppArtifacts(stack.ProjectDirectory, time: stack.Time);
        var agentDll = artifacts.ResolveAsync("agent", stack.Progress, cancellationToken);
        var sampleDll = artifacts.ResolveAsync("sample", stack.Progress, cancellationToken);
        var routerDll = artifacts.ResolveAsync("router", stack.Progress, cancellationToken);
        using var agent = await new AgentLauncher(stack.Time).EnsureRunningAsync(stack.Folder.Path, await agentDll, stack.Progress, cancellationToken);

        var routing = new RouterSync(stack.Folder.Router, stack.Time);
        routing.WriteStartupSnapshot(desired.Snapshot);
        var set = ProcessSpecs.Build(desired, stack.Folder, new AppBinaries(await sampleDll, await routerDll), connections);
        var changes = ProcessSetChanges.Between(ProcessSetChanges.Saved(new AgentFiles(stack.Folder.Path)), set).ToList();
        if (changes.Count > 0)
        {
            stack.Progress($"processes: {string.Join(", ", changes.Select(change => $"{change.Operation} {change.Resource}"))}");
        }

        await agent.PutProcessesAsync(set, cancellationToken);
        await agent.WaitUntilHealthyAsync(set.Processes.Select(spec => spec.Id).ToList(), HealthTimeout, cancellationToken);

        using var admin = routing.Connect(stack.Local.AdminPort);
        await admin.WaitUntilReadyAsync(RouterSync.ReadyTimeout, cancellationToken);
        if (await RouterSync.ApplyAsync(admin, desired.Snapshot, cancellationToken))
        {
            changes.Add(new ResourceChange(ResourceOwner.Shared, "router-snapshot", LocalResourceTypes.RouterSnapshot, "update", ["services"], ChangesTraffic: false));
        }

        return changes;
    }

    /// <summary>
    /// The traffic step on its own, as switch and rollback run it once the new intent is recorded: the router first,
    /// then the active-color file. Returns what changed and what still differs from <paramref name="active"/> afterwards.
    /// </summary>
    public async Task<(IReadOnlyList<ResourceChange> Changes, IReadOnlyList<string> StillDiffers)> MoveTrafficAsync(
        DeploymentColor active, CancellationToken cancellationToken)
    {
        using var admin = new RouterSync(stack.Folder.Router, stack.Time).Connect(stack.Local.AdminPort);
        var (changes, _) = await AlignTrafficAsync(admin, await admin.StatusAsync(cancellationToken), active, allowed: true, cancellationToken);
        return (changes, RouterSync.TrafficDifferences(await admin.StatusAsync(cancellationToken), active));
    }

    private async Task<(IReadOnlyList<ResourceChange> Changes, IReadOnlyList<string> HeldBack)> AlignTrafficAsync(
        RouterAdminClient admin, RouterStatus status, DeploymentColor active, bool allowed, CancellationToken cancellationToken)
    {
        var differences = RouterSync.TrafficDifferences(status, active).ToList();
        var published = stack.Published.Read();
        if (published != active)
        {
            differences.Add($"the active-color file says {published?.Name() ?? "nothing"}, but the active color is {active.Name()}");
        }

        if (differences.Count == 0)
        {
            return ([], []);
        }

        if (!allowed)
        {
            return ([], differences);
        }

        foreach (var difference in differences)
        {
            stack.Progress($"{difference}: moving production traffic to {active.Name()}");
        }

        var changes = (await RouterSync.AlignTrafficAsync(admin, status, active, cancellationToken)).ToList();
        if (published != active)
        {
            stack.Published.Write(active);
            changes.Add(PublishedColorChange("update", trafficChange: true));
        }

        return (changes, []);
    }

    /// <summary>Processes that belong to this stack; a port they hold counts as the stack's own.</summary>
    private static List<int> StackPids(ObservedStack observed)
    {
        var pids = new List<int>();
        if (observed.Agent is { } agent)
        {
            pids.Add(agent.AgentPid);
            pids.AddRange(agent.Processes.Select(process => process.Pid).OfType<int>());
        }

        pids.AddRange(observed.Marked.Select(process => process.Pid));
        pids.AddRange(new[] { observed.Database.Primary }.Concat(observed.Database.Replicas.Select(replica => replica.Instance))
            .Select(instance => instance.Pid).OfType<int>());
        return pids;
    }

    private static List<ResourceChange> DatabaseChanges(LocalDatabaseStatus before, LocalDatabaseStatus after)
    {
        var pairs = new List<(ResourceOwner Owner, DatabaseInstanceStatus Before, DatabaseInstanceStatus After)>
        {
            (ResourceOwner.Shared, before.Primary, after.Primary),
        };
        pairs.AddRange(DeploymentColors.All.Select(color => (ResourceOwners.Of(color), before.Replica(color).Instance, after.Replica(color).Instance)));
        return pairs
            .Where(pair => !pair.Before.Initialized || !pair.Before.Running || pair.Before.Pid != pair.After.Pid)
            .Select(pair => new ResourceChange(
                pair.Owner, pair.After.Name, LocalResourceTypes.Database, pair.Before.Initialized ? "update" : "create",
                pair.Before.Initialized ? ["running"] : [], ChangesTraffic: false))
            .ToList();
    }

    private static ResourceChange PublishedColorChange(string operation, bool trafficChange) =>
        new(ResourceOwner.Shared, "active-color", LocalResourceTypes.ActiveColorFile, operation, operation == "update" ? ["color"] : [], trafficChange);
}
