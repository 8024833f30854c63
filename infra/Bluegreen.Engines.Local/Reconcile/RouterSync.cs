using Bluegreen.Components;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Os;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Engines.Local.Reconcile;

/// <summary>
/// Brings the router to the desired topology by swapping whole snapshots (never editing one in place), and its
/// traffic to the intent: the served color, no listener overrides.
/// </summary>
internal sealed class RouterSync(string routerDirectory, TimeProvider time)
{
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private string SnapshotFile => Path.Combine(routerDirectory, RouterStateFiles.Snapshot);

    /// <summary>
    /// Writes <c>snapshot.json</c> for the router's next start when it does not route as desired (or cannot be read).
    /// A running router is not affected: it only reads the file when it starts.
    /// </summary>
    public bool WriteStartupSnapshot(RouterSnapshot desired)
    {
        Directory.CreateDirectory(routerDirectory);
        var existing = File.Exists(SnapshotFile) ? RouterSnapshotJson.Parse(File.ReadAllText(SnapshotFile), out _) : null;
        if (existing is not null && RouterTopology.SameRouting(desired, existing))
        {
            return false;
        }

        AtomicFile.Write(SnapshotFile, RouterSnapshotJson.Serialize(desired with { Version = (existing?.Version ?? 0) + 1 }));
        return true;
    }

    /// <summary>A client of the router's admin endpoint; the token is created here when the router has not started yet.</summary>
    public RouterAdminClient Connect(int adminPort)
    {
        AdminTokenFile.ReadOrCreate(routerDirectory);
        return RouterAdminClient.ForStateDirectory(routerDirectory, adminPort);
    }

    /// <summary>Swaps the running router's topology for the desired one when they differ; true when it did.</summary>
    public static async Task<bool> ApplyAsync(RouterAdminClient admin, RouterSnapshot desired, CancellationToken cancellationToken)
    {
        var served = await admin.SnapshotAsync(cancellationToken);
        if (RouterTopology.SameRouting(desired, served))
        {
            return false;
        }

        await admin.PutSnapshotAsync(desired with { Version = served.Version + 1 }, cancellationToken);
        return true;
    }

    /// <summary>Waits until the router's health checks see every listed destination healthy.</summary>
    public async Task<RouterStatus> WaitHealthyAsync(RouterAdminClient admin, IReadOnlyCollection<string> instanceIds, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = time.GetTimestamp() + (long)(timeout.TotalSeconds * time.TimestampFrequency);
        while (true)
        {
            var status = await admin.StatusAsync(cancellationToken);
            var waiting = instanceIds
                .Where(id => status.Destinations.FirstOrDefault(d => d.InstanceId == id)?.Health != DestinationHealthNames.Healthy)
                .ToList();
            if (waiting.Count == 0)
            {
                return status;
            }

            if (time.GetTimestamp() >= deadline)
            {
                throw new StackFailureException(
                    StackError.Timeout,
                    $"The router did not see {string.Join(", ", waiting)} healthy within {timeout.TotalSeconds:0} s; their logs in the instances folder say why.",
                    waiting.Select(id => $"{id}: {status.Destinations.FirstOrDefault(d => d.InstanceId == id)?.Health ?? "not in the router's topology"}").ToList());
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    /// <summary>What moving the router's traffic to <paramref name="active"/> would change; empty when it already serves it.</summary>
    public static IReadOnlyList<string> TrafficDifferences(RouterStatus status, DeploymentColor active)
    {
        var differences = new List<string>();
        if (status.ServedColor != active.Name())
        {
            differences.Add($"the router serves {status.ServedColor} on the production listener, but the active color is {active.Name()}");
        }

        differences.AddRange(status.Listeners.Where(listener => listener.Overridden)
            .Select(listener => $"the {listener.Name} listener is pointed at {listener.Color} by hand (an override)"));
        return differences;
    }

    /// <summary>Serves <paramref name="active"/> on production and removes listener overrides; returns the traffic changes made.</summary>
    public static async Task<IReadOnlyList<ResourceChange>> AlignTrafficAsync(
        RouterAdminClient admin, RouterStatus status, DeploymentColor active, CancellationToken cancellationToken)
    {
        var changes = new List<ResourceChange>();
        foreach (var listener in status.Listeners.Where(listener => listener.Overridden))
        {
            await admin.OverrideListenerAsync(listener.Name, null, cancellationToken);
            changes.Add(ListenerChange(listener.Name));
        }

        if (status.ServedColor != active.Name())
        {
            await admin.SwitchAsync(active.Name(), cancellationToken: cancellationToken);
            changes.Add(ListenerChange(RouterListeners.Production));
            changes.Add(ListenerChange(RouterListeners.Test));
        }

        return changes;
    }

    public static ResourceChange ListenerChange(string listener) =>
        new(ResourceOwner.Shared, $"{listener}-listener", LocalResourceTypes.RouterListener, "update", ["color"], ChangesTraffic: true);
}
