using Bluegreen.Engines;
using Spectre.Console;

namespace Bluegreen.Cli.EngineVerbs;

/// <summary>Human renderings of engine results shared by several verbs.</summary>
internal static class EngineTables
{
    public static void Changes(IAnsiConsole console, IReadOnlyList<ResourceChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("color", "resource", "type", "operation", "fields", "moves traffic");
        foreach (var change in changes)
        {
            table.AddRow(
                Markup.Escape(change.Color.ToString().ToLowerInvariant()),
                Markup.Escape(change.Resource),
                Markup.Escape(change.ResourceType),
                Markup.Escape(change.Operation),
                Markup.Escape(string.Join(", ", change.Fields)),
                change.ChangesTraffic ? "yes" : "");
        }

        console.Write(table);
    }

    public static void KeyValues(IAnsiConsole console, IEnumerable<(string Key, string? Value)> rows)
    {
        var grid = new Grid().AddColumn().AddColumn();
        foreach (var (key, value) in rows)
        {
            grid.AddRow(Markup.Escape(key), Markup.Escape(value ?? "-"));
        }

        console.Write(grid);
    }

    public static string Seconds(double seconds) => $"{seconds:0.00} s";
}
