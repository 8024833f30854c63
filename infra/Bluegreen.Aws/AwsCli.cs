using System.ComponentModel;
using CliWrap;
using CliWrap.Buffered;

namespace Bluegreen.Aws;

/// <summary>Runs the real aws program through CliWrap, buffered, with the pager and auto-prompt off.</summary>
public sealed class AwsCli(AwsCliSettings settings) : IAwsCli
{
    public AwsCliSettings Settings { get; } = settings;

    public async Task<AwsResult<AwsRun>> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var command = Cli.Wrap(Settings.Executable)
            .WithArguments(arguments)
            .WithEnvironmentVariables(variables =>
            {
                // CLI v2 pipes output through a pager and can prompt for parameters; neither may happen unattended.
                variables.Set("AWS_PAGER", "");
                variables.Set("AWS_CLI_AUTO_PROMPT", "off");
                foreach (var (name, value) in Settings.Environment)
                {
                    variables.Set(name, value);
                }
            })
            .WithValidation(CommandResultValidation.None);

        try
        {
            var result = await command.ExecuteBufferedAsync(cancellationToken).ConfigureAwait(false);
            return new AwsRun(arguments, result.ExitCode, result.StandardOutput, result.StandardError);
        }
        catch (Win32Exception failure)
        {
            return new AwsFailure(
                AwsErrorKind.CliMissing,
                $"Could not start the AWS CLI at '{Settings.Executable}': {failure.Message}.",
                AwsExecutable.InstallHint);
        }
    }
}
