using System.Text.Json;
using Bluegreen.Components;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Engines.Local.Reconcile;

/// <summary>What replacing one desired process set by another creates, restarts (update) and stops (delete).</summary>
internal static class ProcessSetChanges
{
    public static IReadOnlyList<ResourceChange> Between(DesiredProcessSet current, DesiredProcessSet next)
    {
        var before = current.Processes.ToDictionary(spec => spec.Id, Flatten, StringComparer.Ordinal);
        var after = next.Processes.ToDictionary(spec => spec.Id, Flatten, StringComparer.Ordinal);
        var changes = new List<ResourceChange>();
        foreach (var spec in next.Processes)
        {
            if (!before.TryGetValue(spec.Id, out var old))
            {
                changes.Add(Change(spec, "create", []));
            }
            else if (Differences(old, after[spec.Id]) is { Count: > 0 } fields)
            {
                changes.Add(Change(spec, "update", fields));
            }
        }

        changes.AddRange(current.Processes.Where(spec => !after.ContainsKey(spec.Id)).Select(spec => Change(spec, "delete", [])));
        return changes;
    }

    /// <summary>The desired set the agent saved last (its <c>desired.json</c>); empty when it has none.</summary>
    public static DesiredProcessSet Saved(AgentFiles files)
    {
        try
        {
            return JsonSerializer.Deserialize<DesiredProcessSet>(File.ReadAllText(files.Desired), AgentJson.Options) ?? new DesiredProcessSet();
        }
        catch (Exception missing) when (missing is IOException or JsonException or UnauthorizedAccessException)
        {
            return new DesiredProcessSet();
        }
    }

    /// <summary>Field names only, never values: the environment holds connection strings with passwords.</summary>
    private static List<string> Differences(IReadOnlyDictionary<string, string> old, IReadOnlyDictionary<string, string> next) =>
        old.Keys.Union(next.Keys).Where(key => old.GetValueOrDefault(key) != next.GetValueOrDefault(key)).Order(StringComparer.Ordinal).ToList();

    private static Dictionary<string, string> Flatten(ProcessSpec spec)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fileName"] = spec.FileName,
            ["arguments"] = string.Join('\0', spec.Arguments),
            ["workingDirectory"] = spec.WorkingDirectory ?? "",
            ["logFile"] = spec.LogFile,
            ["healthUrl"] = spec.HealthUrl ?? "",
            ["port"] = spec.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["labels"] = $"{spec.Labels.Service}/{spec.Labels.Color}/{spec.Labels.Role}",
        };
        foreach (var (name, value) in spec.Environment)
        {
            fields[$"environment.{name}"] = value;
        }

        return fields;
    }

    private static ResourceChange Change(ProcessSpec spec, string operation, IReadOnlyList<string> fields) =>
        new(Owner(spec.Labels.Color), spec.Id, LocalResourceTypes.Process, operation, fields, ChangesTraffic: false);

    public static ResourceOwner Owner(string? color) =>
        DeploymentColors.TryParse(color, out var parsed) ? ResourceOwners.Of(parsed) : ResourceOwner.Shared;
}
