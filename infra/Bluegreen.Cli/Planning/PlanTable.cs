using System.Globalization;
using Bluegreen.Stacks.Config;
using Spectre.Console;

namespace Bluegreen.Cli.Planning;

/// <summary>The human rendering of a plan: a heading line and one table row per color and service.</summary>
internal static class PlanTable
{
    public static void Write(IAnsiConsole console, PlanReport plan)
    {
        var where = plan.Region is null ? plan.Engine : $"{plan.Engine}, {plan.Region}";
        console.WriteLine($"Stack {plan.Stack} ({where}): {plan.ActiveColor} is active, {plan.IdleColor} is idle.");
        var registryPrefix = plan.ImageRegistry is null ? "" : plan.ImageRegistry + "/";
        if (plan.ImageRegistry is not null)
        {
            console.WriteLine($"Images from {plan.ImageRegistry}.");
        }

        var table = new Table().AddColumns(
            new TableColumn("Color").NoWrap(),
            new TableColumn("Service").NoWrap(),
            new TableColumn("Kind"),
            new TableColumn("Image").NoWrap(),
            new TableColumn("Tasks").RightAligned(),
            new TableColumn("CPU").RightAligned(),
            new TableColumn("Memory (MiB)").RightAligned(),
            new TableColumn("Served by").NoWrap(),
            new TableColumn("Replica").NoWrap());
        foreach (var color in plan.Colors)
        {
            foreach (var service in color.Services)
            {
                table.AddRow(
                    Markup.Escape($"{color.Color} ({color.Role})"),
                    Markup.Escape(service.Name),
                    service.Kind,
                    Markup.Escape(service.Image.StartsWith(registryPrefix, StringComparison.Ordinal) ? service.Image[registryPrefix.Length..] : service.Image),
                    Number(service.DesiredCount),
                    service.Cpu is { } cpu ? Number(cpu) : "-",
                    service.MemoryMiB is { } memory ? Number(memory) : "-",
                    Markup.Escape(ServedBy(color, service)),
                    Markup.Escape(color.ReplicaInstanceClass));
            }
        }

        console.Write(table);
        if (plan.Placeholders.Count > 0)
        {
            console.WriteLine($"{plan.Placeholders.Count} setting(s) of {plan.Stack} are placeholders; AWS rejects them, so replace them before pulumi up:");
            foreach (var placeholder in plan.Placeholders)
            {
                console.WriteLine($"  {placeholder.Key} is {Quoted.Shortened(placeholder.Value)}. Fix: {placeholder.Fix}");
            }
        }
    }

    private static string ServedBy(ColorPlan color, ServicePlan service) => service.Listener is { } listener
        ? $"{listener} :{Number(color.ListenerPort)} {string.Join(" ", service.Paths)}"
        : service.RunsJobs == true ? "jobs run here" : "jobs paused";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
