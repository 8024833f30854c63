using System.CommandLine;
using Bluegreen.Cli.EngineVerbs;
using Bluegreen.Engines.Drift;
using Spectre.Console;

namespace Bluegreen.Cli.Commands;

/// <summary>
/// <c>bluegreen drift</c>: are both colors still what the code says, and still identical to each other?
/// Exit 0: no drift; <see cref="ExitCodes.DriftFound"/>; <see cref="ExitCodes.CouldNotCheck"/>.
/// </summary>
internal sealed class DriftCommand : EngineCommand
{
    private static readonly Option<bool> Remediate = new("--remediate")
    {
        Description = "Put the world back to the code after showing what will change.",
    };

    private static readonly Option<bool> AllowTrafficChange = new("--allow-traffic-change")
    {
        Description = "With --remediate: also apply changes that move production traffic (listeners, rules, the active color).",
    };

    public DriftCommand(CliServices services)
        : base("drift", "Detect drift between the colors and between the code and what runs. Example: bluegreen drift --stack local --json", services)
    {
        Options.Add(Remediate);
        Options.Add(AllowTrafficChange);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parse, EngineContext context, CancellationToken cancellationToken)
    {
        var report = await context.Engine.DetectDriftAsync(
            new DriftOptions(parse.GetValue(Remediate), parse.GetValue(AllowTrafficChange)), cancellationToken);
        context.Output.Result(report, console => Write(console, report));
        return EngineExitCodes.For(report);
    }

    private static void Write(IAnsiConsole console, DriftReport report)
    {
        console.WriteLine($"{report.Stack}: {report.Status switch
        {
            DriftStatus.NoDrift => "no drift",
            DriftStatus.DriftFound => $"drift found ({report.Findings.Count} finding(s))",
            _ => $"could not check: {report.Error}",
        }}");
        if (report.Findings.Count > 0)
        {
            var table = new Table().AddColumns("color", "resource", "kind", "field", "expected", "actual", "source");
            foreach (var finding in report.Findings)
            {
                table.AddRow(
                    finding.Color.ToString().ToLowerInvariant(),
                    Markup.Escape(finding.Resource),
                    finding.Kind.ToString().ToLowerInvariant(),
                    Markup.Escape(finding.Field ?? ""),
                    Markup.Escape(finding.Expected ?? ""),
                    Markup.Escape(finding.Actual ?? ""),
                    finding.Source.ToString().ToLowerInvariant());
            }

            console.Write(table);
        }

        if (report.Remediation is { } remediation)
        {
            console.WriteLine($"remediation: {remediation.Status.ToString().ToLowerInvariant()}{(remediation.ChangesProductionTraffic ? " (changes production traffic)" : "")}: {remediation.Message}");
            EngineTables.Changes(console, remediation.Plan);
        }
    }
}
