using Bluegreen.Components;
using Bluegreen.Engines.Local.Status;
using Spectre.Console;

namespace Bluegreen.Cli.EngineVerbs;

/// <summary>The human rendering of a local stack's phase, colors and router counters.</summary>
internal static class LocalStatusTables
{
    public static void Write(IAnsiConsole console, LocalStackStatus status)
    {
        console.WriteLine($"phase: {status.Phase.ToString().ToLowerInvariant()}{(status.Reason is null ? "" : $": {status.Reason}")}");
        var colors = new Table().AddColumns("color", "version", "listener", "instances (healthy/desired)", "replica");
        foreach (var color in status.Colors)
        {
            colors.AddRow(
                color.Color.Name(),
                Markup.Escape(color.Version),
                color.Listener ?? "-",
                Markup.Escape(string.Join(", ", color.Services.Select(s => $"{s.Service} {s.Healthy}/{s.Desired}"))),
                Replica(color.Replica));
        }

        console.Write(colors);
        if (status.Traffic.Count == 0)
        {
            return;
        }

        var traffic = new Table().AddColumns("listener", "color", "requests", "5xx", "in flight", "p50", "p99");
        foreach (var row in status.Traffic)
        {
            traffic.AddRow(
                row.Listener,
                row.Color,
                row.Requests.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.ServerErrors.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.InFlight.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{row.LatencyP50Ms:0.00} ms",
                $"{row.LatencyP99Ms:0.00} ms");
        }

        console.Write(traffic);
    }

    private static string Replica(ReplicaSummary replica) =>
        !replica.Running ? "stopped"
        : !replica.Streaming ? "not streaming"
        : $"streaming, lag {replica.LagBytes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} B / {replica.LagSeconds?.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) ?? "?"} s";
}
