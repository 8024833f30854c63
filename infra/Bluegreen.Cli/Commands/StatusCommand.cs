using System.CommandLine;
using Bluegreen.Cli.EngineVerbs;
using Bluegreen.Components;
using Bluegreen.Engines.Local.Status;

namespace Bluegreen.Cli.Commands;

/// <summary><c>bluegreen status</c>: which color is live and what each color runs. Changes nothing.</summary>
internal sealed class StatusCommand(CliServices services)
    : EngineCommand("status", "Show the live color and what each color runs. Example: bluegreen status --stack local --json", services)
{
    protected override async Task<int> ExecuteAsync(ParseResult parse, EngineContext context, CancellationToken cancellationToken)
    {
        var status = await context.Engine.StatusAsync(cancellationToken);
        context.Output.Result(status, console =>
        {
            EngineTables.KeyValues(console,
            [
                ("stack", status.Stack),
                ("active (production listener)", status.ActiveColor.Name()),
                ("idle (test listener)", status.IdleColor.Name()),
                .. status.Versions.Select(v => ($"{v.Key} version", v.Value)),
                .. status.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => (o.Key, o.Value)),
            ]);
            if (status.Details is LocalStackStatus local)
            {
                LocalStatusTables.Write(console, local);
            }
        });
        return ExitCodes.Success;
    }
}
