using System.ComponentModel;
using CliWrap;
using CliWrap.Buffered;

namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>Runs the real pulumi program through CliWrap, buffered, without update checks.</summary>
internal sealed class PulumiCli(PulumiCliSettings settings) : IPulumiCli
{
    public async Task<PulumiRun> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var command = CliWrap.Cli.Wrap(settings.Executable)
            .WithArguments(arguments)
            .WithEnvironmentVariables(variables =>
            {
                variables.Set("PULUMI_SKIP_UPDATE_CHECK", "true");
                foreach (var (name, value) in settings.Environment)
                {
                    variables.Set(name, value);
                }
            })
            .WithValidation(CommandResultValidation.None);

        try
        {
            var result = await command.ExecuteBufferedAsync(cancellationToken);
            return new PulumiRun(arguments, result.ExitCode, result.StandardOutput, result.StandardError);
        }
        catch (Win32Exception failure)
        {
            throw new StackFailureException(
                StackError.PulumiFailed,
                $"Could not start the Pulumi CLI at '{settings.Executable}': {failure.Message}. {PulumiExecutable.InstallHint}");
        }
    }
}
