using System.CommandLine;
using Bluegreen.Cli.EngineVerbs;
using Spectre.Console;

namespace Bluegreen.Cli.Commands;

/// <summary><c>bluegreen down</c>: stops everything the stack runs; data is kept unless --purge.</summary>
internal sealed class DownCommand : EngineCommand
{
    private static readonly Option<bool> Purge = new("--purge")
    {
        Description = "Also delete the stack's state folder: databases, logs and history.",
    };

    public DownCommand(CliServices services)
        : base("down", "Stop the stack, keeping its data. Example: bluegreen down --stack local", services)
    {
        Options.Add(Purge);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parse, EngineContext context, CancellationToken cancellationToken)
    {
        var result = await context.Engine.DownAsync(parse.GetValue(Purge), cancellationToken);
        context.Output.Result(result, console => console.WriteLine(result.Message));
        return ExitCodes.Success;
    }
}
