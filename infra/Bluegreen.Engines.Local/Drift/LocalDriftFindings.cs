using System.Globalization;
using Bluegreen.Components;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.Reconcile;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Engines.Local.Drift;

/// <summary>
/// Compares a running local stack with its description, one finding per difference: what the router routes and
/// probes, which instances run (count, state, port, version), the replicas, the published color, and processes of
/// the stack that nothing describes. A pure function of (desired, observed); parity is added by the caller.
/// </summary>
internal static class LocalDriftFindings
{
    public static IReadOnlyList<DriftFinding> Live(DesiredStack desired, ObservedStack observed)
    {
        var findings = new List<DriftFinding>();
        findings.AddRange(Router(desired, observed));
        if (observed.Agent is { } agent)
        {
            findings.AddRange(Instances(desired, observed, agent));
        }

        findings.AddRange(Database(desired, observed.Database));
        findings.AddRange(PublishedColor(desired, observed));
        findings.AddRange(StrayProcesses.Among(observed).Select(stray => Finding(
            ProcessSetChanges.Owner(stray.Color), StrayProcesses.Name(stray), LocalResourceTypes.Process, DriftKind.Unexpected,
            "pid", null, $"{stray.Pid}: {stray.CommandLine}")));
        return Sorted(findings);
    }

    /// <summary>True for a finding whose fix moves production traffic: a listener, a header rule, the published color.</summary>
    public static bool TouchesTraffic(DriftFinding finding) =>
        finding.ResourceType is LocalResourceTypes.RouterListener or LocalResourceTypes.RouterHeaderRule or LocalResourceTypes.ActiveColorFile;

    public static IReadOnlyList<DriftFinding> Sorted(IEnumerable<DriftFinding> findings) =>
        findings.OrderBy(f => f.Source).ThenBy(f => f.Color).ThenBy(f => f.Resource, StringComparer.Ordinal)
            .ThenBy(f => f.Field, StringComparer.Ordinal).ToList();

    private static IEnumerable<DriftFinding> Router(DesiredStack desired, ObservedStack observed)
    {
        if (observed.Router is not { } router)
        {
            yield return Finding(ResourceOwner.Shared, ProcessSpecs.RouterId, LocalResourceTypes.Process, DriftKind.Changed,
                "admin", "answering", observed.RouterError ?? "not answering");
            yield break;
        }

        var active = desired.Intent.ActiveColor;
        foreach (var (listener, color) in new[] { (RouterListeners.Production, active), (RouterListeners.Test, active.Other()) })
        {
            var seen = router.Status.Listeners.FirstOrDefault(l => l.Name == listener);
            if (seen is null)
            {
                yield return Finding(ResourceOwner.Shared, $"{listener}-listener", LocalResourceTypes.RouterListener, DriftKind.Missing);
            }
            else if (seen.Color != color.Name())
            {
                yield return Finding(ResourceOwner.Shared, $"{listener}-listener", LocalResourceTypes.RouterListener, DriftKind.Changed,
                    "color", color.Name(), seen.Color);
            }
            else if (seen.Overridden)
            {
                yield return Finding(ResourceOwner.Shared, $"{listener}-listener", LocalResourceTypes.RouterListener, DriftKind.Changed,
                    "override", "none", seen.Color);
            }
        }

        foreach (var color in DeploymentColors.All)
        {
            var rule = router.Status.HeaderRules.FirstOrDefault(r => r.Header == RouterListeners.ColorHeader && r.Value == color.Name());
            var name = $"{RouterListeners.ColorHeader}: {color.Name()}";
            if (rule is null)
            {
                yield return Finding(ResourceOwners.Of(color), name, LocalResourceTypes.RouterHeaderRule, DriftKind.Missing);
            }
            else if (rule.Color != color.Name())
            {
                yield return Finding(ResourceOwners.Of(color), name, LocalResourceTypes.RouterHeaderRule, DriftKind.Changed, "color", color.Name(), rule.Color);
            }
        }

        foreach (var finding in RouterTopologyFindings.Between(desired.Snapshot, router.Snapshot))
        {
            yield return finding;
        }

        foreach (var slot in desired.Instances.Where(slot => slot.IsWeb))
        {
            if (observed.Destination(slot.Id) is { Health: DestinationHealthNames.Unhealthy } destination)
            {
                yield return Finding(ResourceOwners.Of(slot.Color), slot.Id, LocalResourceTypes.RouterDestination, DriftKind.Changed,
                    "health", DestinationHealthNames.Healthy, destination.Health);
            }
        }
    }

    private static IEnumerable<DriftFinding> Instances(DesiredStack desired, ObservedStack observed, ObservedProcessSet agent)
    {
        foreach (var service in desired.App.Services)
        {
            foreach (var color in DeploymentColors.All)
            {
                var expected = desired.InstancesOf(color).Count(slot => slot.Service.Name == service.Name);
                var actual = agent.Processes.Count(p => p.Labels.Service == service.Name && p.Labels.Color == color.Name());
                if (expected != actual)
                {
                    yield return Finding(ResourceOwners.Of(color), $"{service.Name}-{color.Name()}", LocalResourceTypes.Service, DriftKind.Changed,
                        "count", Text(expected), Text(actual));
                }
            }
        }

        foreach (var slot in desired.Instances)
        {
            foreach (var finding in Instance(desired, observed, slot))
            {
                yield return finding;
            }
        }

        if (observed.Process(ProcessSpecs.RouterId) is null)
        {
            yield return Finding(ResourceOwner.Shared, ProcessSpecs.RouterId, LocalResourceTypes.Process, DriftKind.Missing);
        }

        foreach (var extra in agent.Processes.Where(p => p.Id != ProcessSpecs.RouterId && desired.Instance(p.Id) is null))
        {
            yield return Finding(ProcessSetChanges.Owner(extra.Labels.Color), extra.Id, LocalResourceTypes.Process, DriftKind.Unexpected,
                "pid", null, extra.Pid is { } pid ? Text(pid) : null);
        }
    }

    private static IEnumerable<DriftFinding> Instance(DesiredStack desired, ObservedStack observed, InstanceSlot slot)
    {
        var owner = ResourceOwners.Of(slot.Color);
        if (observed.Process(slot.Id) is not { } process)
        {
            yield return Finding(owner, slot.Id, LocalResourceTypes.Process, DriftKind.Missing);
            yield break;
        }

        if (process.State != ProcessState.Healthy)
        {
            yield return Finding(owner, slot.Id, LocalResourceTypes.Process, DriftKind.Changed, "state",
                StateName(ProcessState.Healthy), StateName(process.State) + (process.Error is null ? "" : $" ({process.Error})"));
        }

        if (process.Port != slot.Port)
        {
            yield return Finding(owner, slot.Id, LocalResourceTypes.Process, DriftKind.Changed, "port", Text(slot.Port), process.Port is { } port ? Text(port) : null);
        }

        if (observed.Identities.GetValueOrDefault(slot.Id) is { } identity)
        {
            var version = desired.Intent.ImageTag(slot.Color);
            if (identity.Version != version)
            {
                yield return Finding(owner, slot.Id, LocalResourceTypes.Process, DriftKind.Changed, "version", version, identity.Version);
            }

            if (identity.Color != slot.Color.Name())
            {
                yield return Finding(owner, slot.Id, LocalResourceTypes.Process, DriftKind.Changed, "color", slot.Color.Name(), identity.Color);
            }
        }
    }

    private static IEnumerable<DriftFinding> Database(DesiredStack desired, LocalDatabaseStatus database)
    {
        if (!database.Primary.Initialized || !database.Primary.Running)
        {
            yield return Server(ResourceOwner.Shared, database.Primary);
        }

        foreach (var color in DeploymentColors.All)
        {
            var replica = database.Replica(color);
            var owner = ResourceOwners.Of(color);
            var name = replica.Instance.Name;
            if (!replica.Instance.Initialized || !replica.Instance.Running)
            {
                yield return Server(owner, replica.Instance);
                continue;
            }

            if (!replica.UpstreamIsPrimary)
            {
                yield return Finding(owner, name, LocalResourceTypes.Database, DriftKind.Changed, "upstreamPort",
                    Text(desired.Local.PostgresPort), replica.UpstreamPort is { } port ? Text(port) : null);
            }

            if (database.Primary.Running && !replica.SlotExists)
            {
                yield return Finding(owner, name, LocalResourceTypes.Database, DriftKind.Changed, "slot", ClusterLayout.SlotName(color), "(missing)");
            }

            if (!replica.Streaming)
            {
                yield return Finding(owner, name, LocalResourceTypes.Database, DriftKind.Changed, "streaming", "true", "false");
            }
            else if (replica.ReplayLagSeconds > desired.MaxReplicaLagSeconds)
            {
                yield return Finding(owner, name, LocalResourceTypes.Database, DriftKind.Changed, "replayLagSeconds",
                    $"<= {Text(desired.MaxReplicaLagSeconds)}", replica.ReplayLagSeconds.Value.ToString("0.###", CultureInfo.InvariantCulture));
            }
        }
    }

    private static DriftFinding Server(ResourceOwner owner, DatabaseInstanceStatus server) => server.Initialized
        ? Finding(owner, server.Name, LocalResourceTypes.Database, DriftKind.Changed, "running", "true", "false")
        : Finding(owner, server.Name, LocalResourceTypes.Database, DriftKind.Missing);

    private static IEnumerable<DriftFinding> PublishedColor(DesiredStack desired, ObservedStack observed)
    {
        var active = desired.Intent.ActiveColor.Name();
        if (observed.PublishedColor is not { } published)
        {
            yield return Finding(ResourceOwner.Shared, "active-color", LocalResourceTypes.ActiveColorFile, DriftKind.Missing, "color", active);
        }
        else if (published.Name() != active)
        {
            yield return Finding(ResourceOwner.Shared, "active-color", LocalResourceTypes.ActiveColorFile, DriftKind.Changed, "color", active, published.Name());
        }
    }

    internal static DriftFinding Finding(
        ResourceOwner color, string resource, string type, DriftKind kind, string? field = null, string? expected = null, string? actual = null) =>
        new(color, resource, type, kind, DriftSource.Live, field, expected, actual);

    private static string StateName(ProcessState state) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(state.ToString());

    internal static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
