using System.CommandLine;
using Bluegreen.Cli.EngineVerbs;
using Spectre.Console;

namespace Bluegreen.Cli.Commands;

/// <summary><c>bluegreen up</c>: creates what is missing, leaves what matches, returns when the stack is healthy.</summary>
internal sealed class UpCommand(CliServices services)
    : EngineCommand("up", "Bring the stack to what its code and settings describe. Example: bluegreen up --stack local", services)
{
    protected override async Task<int> ExecuteAsync(ParseResult parse, EngineContext context, CancellationToken cancellationToken)
    {
        var result = await context.Engine.UpAsync(cancellationToken);
        context.Output.Result(result, console =>
        {
            console.WriteLine($"{result.Stack}: {result.Result.ToString().ToLowerInvariant()} in {EngineTables.Seconds(result.DurationSeconds)}");
            console.WriteLine(result.Message);
            EngineTables.Changes(console, result.Changes);
        });
        return EngineExitCodes.For(result.Engine, result.Result);
    }
}
