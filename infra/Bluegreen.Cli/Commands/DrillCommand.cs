using System.CommandLine;
using Bluegreen.Cli.EngineVerbs;
using Bluegreen.Components;
using Bluegreen.Engines.Drill;
using Spectre.Console;

namespace Bluegreen.Cli.Commands;

/// <summary>
/// <c>bluegreen drill</c>: tears the idle color down, rebuilds it from code, verifies it and reports each phase's time.
/// <c>--history</c> lists past drills from the operations log instead.
/// </summary>
internal sealed class DrillCommand : EngineCommand
{
    private static readonly Option<string?> Color = new("--color")
    {
        Description = "The color to drill; only the idle color is allowed. Defaults to the idle color.",
    };

    private static readonly Option<bool> History = new("--history")
    {
        Description = "List past drills with their recovery times instead of running one.",
    };

    public DrillCommand(CliServices services)
        : base("drill", "Tear down and rebuild the idle color from code, timing each phase. Example: bluegreen drill --stack local", services)
    {
        Options.Add(Color);
        Options.Add(History);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parse, EngineContext context, CancellationToken cancellationToken)
    {
        if (parse.GetValue(History))
        {
            var history = DrillHistory.Read(OperationsLogs.For(context.Settings, context.ProjectDirectory));
            context.Output.Result(history, console => DrillHistory.Write(console, history));
            return ExitCodes.Success;
        }

        var text = parse.GetValue(Color);
        DeploymentColor? color = text is null ? null : ColorArgument.Parse("--color", text);
        var report = await context.Engine.DrillAsync(color, cancellationToken);
        context.Output.Result(report, console => Write(console, report));
        return EngineExitCodes.For(report);
    }

    private static void Write(IAnsiConsole console, DrillReport report)
    {
        console.WriteLine($"drill of {report.Color?.Name() ?? "the idle color"} on {report.Stack}: {report.Result.ToString().ToLowerInvariant()}; recovery {EngineTables.Seconds(report.RecoverySeconds)}");
        console.WriteLine(report.Message);
        var table = new Table().AddColumns("phase", "status", "time", "detail");
        foreach (var phase in report.Phases)
        {
            table.AddRow(phase.Name, phase.Status.ToString().ToLowerInvariant(), EngineTables.Seconds(phase.DurationSeconds), Markup.Escape(phase.Detail));
        }

        console.Write(table);
    }
}
