using Bluegreen.Engines;
using Bluegreen.Engines.Drill;
using Spectre.Console;

namespace Bluegreen.Cli.EngineVerbs;

/// <summary>One past drill as the operations log recorded it.</summary>
/// <param name="RecoverySeconds">Teardown + rebuild + verify, the time the drilled color was not usable.</param>
internal sealed record PastDrill(
    DateTimeOffset Time,
    string? Color,
    string Result,
    double RecoverySeconds,
    IReadOnlyDictionary<string, double> Phases,
    string? Detail);

internal static class DrillHistory
{
    public static IReadOnlyList<PastDrill> Read(OperationsLog log) =>
    [
        .. log.ReadAll()
            .Where(record => record.Operation == "drill")
            .Select(record =>
            {
                var phases = record.Durations ?? new Dictionary<string, double>();
                var recovery = DrillPhases.Recovery.Sum(name => phases.TryGetValue(name, out var seconds) ? seconds : 0);
                return new PastDrill(record.Time, record.To, record.Result, recovery, phases, record.Detail);
            }),
    ];

    public static void Write(IAnsiConsole console, IReadOnlyList<PastDrill> drills)
    {
        if (drills.Count == 0)
        {
            console.WriteLine("No drills recorded yet. Run: bluegreen drill --stack <name>");
            return;
        }

        var table = new Table().AddColumns(["time (UTC)", "color", "result", "recovery", .. DrillPhases.All]);
        foreach (var drill in drills)
        {
            table.AddRow(
            [
                drill.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                drill.Color ?? "-",
                drill.Result,
                EngineTables.Seconds(drill.RecoverySeconds),
                .. DrillPhases.All.Select(name => drill.Phases.TryGetValue(name, out var seconds) ? EngineTables.Seconds(seconds) : "-"),
            ]);
        }

        console.Write(table);
    }
}
