using System.Globalization;
using Bluegreen.Components;
using Bluegreen.Engines.Local.Artifacts;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.State;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Engines.Local.Topology;

/// <summary>The published programs the stack runs, as <c>dotnet &lt;dll&gt;</c>.</summary>
internal sealed record AppBinaries(string SampleDll, string RouterDll);

/// <summary>The agent's desired set for a local stack: the router, then every instance, each with its environment.</summary>
internal static class ProcessSpecs
{
    public const string RouterId = "router";

    /// <summary>
    /// Carried by every process the engine starts (value: the state folder), so drift can find processes of this stack
    /// that nothing supervises.
    /// </summary>
    public const string StateMarker = "BLUEGREEN_STATE_DIR";

    public static DesiredProcessSet Build(DesiredStack desired, StackFolder folder, AppBinaries binaries, DatabaseConnectionStrings database) => new()
    {
        Processes = [Router(desired, folder, binaries), .. desired.Instances.Select(slot => Instance(desired, slot, folder, binaries, database))],
    };

    public static ProcessSpec Router(DesiredStack desired, StackFolder folder, AppBinaries binaries) => new()
    {
        Id = RouterId,
        FileName = DotnetHost.Path,
        Arguments = [binaries.RouterDll, "--state", folder.Router],
        Environment = new Dictionary<string, string>
        {
            [StateMarker] = folder.Path,
            // Not read by the router (its ports are in the snapshot); a change of ports changes the spec, so the agent restarts it.
            ["BLUEGREEN_ROUTER_PORTS"] = string.Join(",", new[] { desired.Local.ProductionPort, desired.Local.TestPort, desired.Local.AdminPort }
                .Select(port => port.ToString(CultureInfo.InvariantCulture))),
        },
        LogFile = folder.InstanceLog(RouterId),
        Port = desired.Local.AdminPort,
        Labels = new ProcessLabels { Service = RouterId, Role = RouterId },
    };

    public static ProcessSpec Instance(DesiredStack desired, InstanceSlot slot, StackFolder folder, AppBinaries binaries, DatabaseConnectionStrings database)
    {
        var version = desired.Intent.ImageTag(slot.Color);
        var role = slot.IsWeb ? "web" : "worker";
        var (fileName, arguments) = desired.Settings.Services[slot.Service.Name].LocalCommand is { } command
            ? Command(command, slot, version)
            : (DotnetHost.Path, (IReadOnlyList<string>)[binaries.SampleDll, "--role", role]);
        return new ProcessSpec
        {
            Id = slot.Id,
            FileName = fileName,
            Arguments = arguments,
            Environment = new Dictionary<string, string>
            {
                ["BLUEGREEN_COLOR"] = slot.Color.Name(),
                ["BLUEGREEN_VERSION"] = version,
                ["BLUEGREEN_SERVICE"] = slot.Service.Name,
                ["BLUEGREEN_INSTANCE"] = slot.Id,
                ["ASPNETCORE_URLS"] = slot.Address,
                ["BLUEGREEN_PRIMARY_CONNECTION"] = database.Primary,
                ["BLUEGREEN_REPLICA_CONNECTION"] = database.Replica(slot.Color),
                ["BLUEGREEN_ACTIVE_COLOR_FILE"] = folder.ActiveColor,
                [StateMarker] = folder.Path,
            },
            LogFile = folder.InstanceLog(slot.Id),
            HealthUrl = slot.HealthUrl,
            Port = slot.Port,
            Labels = new ProcessLabels { Service = slot.Service.Name, Color = slot.Color.Name(), Role = role },
        };
    }

    /// <summary>A service's <c>localCommand</c> setting, split on spaces, with {port}, {color} and {version} filled in.</summary>
    private static (string FileName, IReadOnlyList<string> Arguments) Command(string command, InstanceSlot slot, string version)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word
                .Replace("{port}", slot.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{color}", slot.Color.Name(), StringComparison.Ordinal)
                .Replace("{version}", version, StringComparison.Ordinal))
            .ToList();
        return (words[0], words[1..]);
    }
}
