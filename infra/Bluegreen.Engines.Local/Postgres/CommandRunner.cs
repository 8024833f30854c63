using System.Diagnostics;
using System.Text;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>Runs OS programs: to completion, or detached as a long-lived server.</summary>
internal interface ICommandRunner
{
    Task<ProcessResult> RunAsync(ProcessCommand command, CancellationToken cancellationToken);

    /// <summary>
    /// Starts <paramref name="command"/> in a session of its own, so it outlives the caller and ignores the caller's
    /// terminal, with standard output and error appended to <paramref name="logFile"/>. Returns its process id.
    /// </summary>
    int StartDetached(ProcessCommand command, string logFile);
}

internal sealed class CommandRunner : ICommandRunner
{
    // setsid does not fork here (the shell is no process group leader), so the returned id is the server's own.
    private const string DetachScript = "log=$1; shift; exec setsid \"$@\" </dev/null >>\"$log\" 2>&1";

    public static CommandRunner Instance { get; } = new();

    public async Task<ProcessResult> RunAsync(ProcessCommand command, CancellationToken cancellationToken)
    {
        var start = StartInfo(command);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // A cancelled step must not leave, say, a base backup writing on in the background.
            process.Kill(entireProcessTree: true);
            throw;
        }

        lock (output)
        {
            return new ProcessResult(process.ExitCode, output.ToString());
        }
    }

    public int StartDetached(ProcessCommand command, string logFile)
    {
        var shell = new ProcessCommand("/bin/sh", ["-c", DetachScript, "sh", logFile, command.FileName, .. command.Arguments]);
        using var process = Process.Start(StartInfo(shell))
            ?? throw new InvalidOperationException($"Could not start {command.FileName}.");
        return process.Id;
    }

    private static ProcessStartInfo StartInfo(ProcessCommand command)
    {
        var start = new ProcessStartInfo(command.FileName) { UseShellExecute = false };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
