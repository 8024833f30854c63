using System.CommandLine;
using Bluegreen.Cli.EngineVerbs;

namespace Bluegreen.Cli.Commands;

/// <summary><c>bluegreen switch --to green</c>: moves production traffic to a color once it is fit to take it.</summary>
internal sealed class SwitchCommand : EngineCommand
{
    private static readonly Option<string> To = new("--to")
    {
        Description = "The color that takes production traffic: blue or green.",
        Required = true,
    };

    private static readonly Option<bool> Force = new("--force")
    {
        Description = "Switch even when the color is not fully healthy or its replica lags.",
    };

    public SwitchCommand(CliServices services)
        : base("switch", "Move production traffic to a color. Example: bluegreen switch --to green --stack local", services)
    {
        Options.Add(To);
        Options.Add(Force);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parse, EngineContext context, CancellationToken cancellationToken)
    {
        var to = ColorArgument.Parse("--to", parse.GetValue(To));
        var result = await context.Engine.SwitchAsync(to, parse.GetValue(Force), cancellationToken);
        return SwitchRendering.Write(context.Output, result);
    }
}
