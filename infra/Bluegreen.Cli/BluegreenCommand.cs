using System.CommandLine;
using Bluegreen.Engines;

namespace Bluegreen.Cli;

/// <summary>Base of every verb: parses, hands the work to a service, and maps failures to named exit codes.</summary>
internal abstract class BluegreenCommand : Command
{
    protected BluegreenCommand(string name, string description, CliServices services)
        : base(name, description)
    {
        Services = services;
        SetAction(RunAsync);
    }

    protected CliServices Services { get; }

    protected abstract Task<int> ExecuteAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken);

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = new CommandOutput(
            parse.GetValue(CommonOptions.Json),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error);
        try
        {
            return await ExecuteAsync(parse, output, cancellationToken);
        }
        catch (StackFailureException failure)
        {
            output.Failure(failure);
            return ExitCodes.For(failure.Error);
        }
    }

    /// <summary>The folder holding Pulumi.yaml and the stack files.</summary>
    protected string ProjectDirectory(ParseResult parse) =>
        parse.GetValue(CommonOptions.ProjectDirectory)?.FullName ?? Services.FindProjectDirectory();
}
