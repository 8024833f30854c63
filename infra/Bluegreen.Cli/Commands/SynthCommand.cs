using System.CommandLine;
using Bluegreen.Cli.Synthesis;
using Bluegreen.Cli.Validation;
using Bluegreen.Engines;
using Bluegreen.Synth;
using Spectre.Console;

namespace Bluegreen.Cli.Commands;

/// <summary>
/// <c>bluegreen synth</c>: renders Pulumi.yaml and the ColorEnvironment package from the app definition. The app and
/// every <c>Pulumi.*.yaml</c> are validated first; on any problem nothing is written.
/// </summary>
internal sealed class SynthCommand : BluegreenCommand
{
    public SynthCommand(CliServices services)
        : base("synth", "Render Pulumi.yaml and the component package from the C# components (validates the app and every stack file first). Example: bluegreen synth", services)
    {
    }

    protected override Task<int> ExecuteAsync(ParseResult parse, CommandOutput output, CancellationToken cancellationToken)
    {
        var projectDirectory = ProjectDirectory(parse);
        var problems = ProjectValidation.ProblemsInProject(Services.App, projectDirectory);
        if (problems.Count > 0)
        {
            throw new StackFailureException(StackError.InvalidInput, $"Nothing was written: {problems.Count} problem(s) in the app or its stack files.", problems);
        }

        var files = GeneratedFiles.Render(Services.App).Select(file => GeneratedFileWriter.Write(projectDirectory, file)).ToList();
        output.Result(new SynthResult(files), console =>
        {
            foreach (var file in files)
            {
                console.MarkupLine($"{(file.Status == SynthFileStatus.Written ? "wrote" : "unchanged")} {Markup.Escape(file.Path)}");
            }
        });
        return Task.FromResult(ExitCodes.Success);
    }
}
