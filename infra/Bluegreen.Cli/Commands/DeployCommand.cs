using System.CommandLine;
using Bluegreen.Cli.EngineVerbs;
using Bluegreen.Components;
using Bluegreen.Engines;
using Spectre.Console;

namespace Bluegreen.Cli.Commands;

/// <summary><c>bluegreen deploy --version v2</c>: the idle color runs a new version; production stays where it is.</summary>
internal sealed class DeployCommand : EngineCommand
{
    private static readonly Option<string> Version = new("--version")
    {
        Description = "The image tag (app version) the idle color runs next.",
        Required = true,
    };

    public DeployCommand(CliServices services)
        : base("deploy", "Deploy a version to the idle color, then check it on the test listener. Example: bluegreen deploy --version 2.0.0 --stack local", services)
    {
        Options.Add(Version);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parse, EngineContext context, CancellationToken cancellationToken)
    {
        var version = parse.GetValue(Version)!.Trim();
        if (version.Length == 0 || version.Any(char.IsWhiteSpace))
        {
            throw new StackFailureException(StackError.InvalidInput, $"--version \"{version}\" is not an image tag: give one word such as 2.0.0.");
        }

        var result = await context.Engine.DeployAsync(version, cancellationToken);
        context.Output.Result(result, console =>
        {
            console.WriteLine($"deploy {result.Version} to {result.Color.Name()} (was {result.PreviousVersion ?? "unset"}): {result.Result.ToString().ToLowerInvariant()} in {EngineTables.Seconds(result.DurationSeconds)}");
            console.WriteLine(result.Message);
            EngineTables.Changes(console, result.Changes);
        });
        return EngineExitCodes.For(result.Engine, result.Result);
    }
}
