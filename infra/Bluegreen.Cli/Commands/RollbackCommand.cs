using System.CommandLine;
using Bluegreen.Cli.EngineVerbs;

namespace Bluegreen.Cli.Commands;

/// <summary><c>bluegreen rollback</c>: production traffic back to the color that was live before the last switch.</summary>
internal sealed class RollbackCommand(CliServices services)
    : EngineCommand("rollback", "Switch back to the color that was live before. Example: bluegreen rollback --stack local", services)
{
    protected override async Task<int> ExecuteAsync(ParseResult parse, EngineContext context, CancellationToken cancellationToken) =>
        SwitchRendering.Write(context.Output, await context.Engine.RollbackAsync(cancellationToken));
}
