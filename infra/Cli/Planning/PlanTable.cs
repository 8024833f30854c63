using System.Globalization;
using Spectre.Console;

namespace Bluegreen.Infra.Cli.Planning;

/// <summary>The human rendering of a plan: a heading line and one table row per color and service.</summary>
internal static class PlanTable
{
    public static void Write(IAnsiConsole console, PlanReport plan)
    {
        var where = plan.Region is null ? plan.Engine : $"{plan.Engine}, {plan.Region}";
        console.WriteLine($"Stack {plan.Stack} ({where}): {plan.ActiveColor} is active, {plan.IdleColor} is idle.");
        var table = new Table()
            .AddColumns("Color", "Service", "Kind", "Image", "Tasks", "CPU", "Memory (MiB)", "Served by", "Replica");
        foreach (var color in plan.Colors)
        {
            foreach (var service in color.Services)
            {
                table.AddRow(
                    Markup.Escape($"{color.Color} ({color.Role})"),
                    Markup.Escape(service.Name),
                    service.Kind,
                    Markup.Escape(service.Image),
                    Number(service.DesiredCount),
                    service.Cpu is { } cpu ? Number(cpu) : "-",
                    service.MemoryMiB is { } memory ? Number(memory) : "-",
                    Markup.Escape(ServedBy(color, service)),
                    Markup.Escape(color.ReplicaInstanceClass));
            }
        }

        console.Write(table);
    }

    private static string ServedBy(ColorPlan color, ServicePlan service) => service.Listener is { } listener
        ? $"{listener} :{Number(color.ListenerPort)} {string.Join(" ", service.Paths)}"
        : service.RunsJobs == true ? "jobs run here" : "jobs paused";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
