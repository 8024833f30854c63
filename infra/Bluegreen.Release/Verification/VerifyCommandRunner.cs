using System.ComponentModel;
using CliWrap;

namespace Bluegreen.Release.Verification;

/// <summary>What a verify command is told about the color under test, through its environment.</summary>
public sealed record VerifyCommandContext(Uri TestUrl, string Color, string Version);

/// <summary>How the user's verify command went.</summary>
/// <param name="ExitCode">Null when it did not finish (timed out) or could not start.</param>
/// <param name="OutputTail">The last lines it printed on either stream, for the report.</param>
public sealed record VerifyCommandOutcome(bool Passed, int? ExitCode, bool TimedOut, double DurationSeconds, IReadOnlyList<string> OutputTail, string Message);

/// <summary>
/// Runs <c>--verify-command</c> through the shell with <c>BLUEGREEN_TEST_URL</c>, <c>BLUEGREEN_COLOR</c> and
/// <c>BLUEGREEN_VERSION</c> set; exit code 0 passes, anything else (or the timeout) fails the verify phase.
/// </summary>
public sealed class VerifyCommandRunner(TimeProvider time)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    private const int TailLines = 20;

    public async Task<VerifyCommandOutcome> RunAsync(
        string commandLine,
        VerifyCommandContext context,
        string workingDirectory,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tail = new Queue<string>();
        void Keep(string line)
        {
            lock (tail)
            {
                tail.Enqueue(line);
                if (tail.Count > TailLines)
                {
                    tail.Dequeue();
                }
            }
        }

        var (shell, flag) = OperatingSystem.IsWindows() ? ("cmd.exe", "/c") : ("/bin/sh", "-c");
        var command = Cli.Wrap(shell)
            .WithArguments([flag, commandLine])
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(variables => variables
                .Set("BLUEGREEN_TEST_URL", context.TestUrl.AbsoluteUri.TrimEnd('/'))
                .Set("BLUEGREEN_COLOR", context.Color)
                .Set("BLUEGREEN_VERSION", context.Version))
            .WithStandardOutputPipe(PipeTarget.ToDelegate(Keep))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(Keep))
            .WithValidation(CommandResultValidation.None);

        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var started = time.GetTimestamp();
        VerifyCommandOutcome Outcome(bool passed, int? exitCode, bool timedOut, string message)
        {
            lock (tail)
            {
                return new(passed, exitCode, timedOut, Math.Round(time.GetElapsedTime(started).TotalSeconds, 3), [.. tail], message);
            }
        }

        try
        {
            var result = await command.ExecuteAsync(linked.Token).ConfigureAwait(false);
            return result.ExitCode == 0
                ? Outcome(true, 0, false, $"The verify command `{commandLine}` passed.")
                : Outcome(false, result.ExitCode, false, $"The verify command `{commandLine}` failed with exit code {result.ExitCode}.");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Outcome(false, null, true, $"The verify command `{commandLine}` did not finish within {timeout.TotalSeconds:0.###} s and was stopped.");
        }
        catch (Win32Exception failure)
        {
            return Outcome(false, null, false, $"The verify command `{commandLine}` could not start: {failure.Message}.");
        }
    }
}
