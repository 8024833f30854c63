using System.Diagnostics;
using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.Agent.Os;

/// <summary>A process the agent launched itself: a direct child, so its exit and exit code are observed reliably.</summary>
internal sealed class ChildProcess : IProcessHandle
{
    private readonly Process _process;

    private ChildProcess(Process process, ProcessIdentity identity)
    {
        _process = process;
        Identity = identity;
        Exited = WaitAsync(process);
    }

    public ProcessIdentity Identity { get; }

    public Task<int?> Exited { get; }

    /// <summary>
    /// Starts <paramref name="program"/> through <c>/bin/sh -c 'exec ...'</c>: the shell only sets up the log
    /// redirection and then becomes the program, so the pid is the program's and its output never passes through
    /// the agent (it keeps going to the log if the agent dies).
    /// </summary>
    public static ChildProcess Start(
        string program,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        string logFile)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" >>\"$0\" 2>&1 </dev/null");
        start.ArgumentList.Add(logFile);
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var identity = ProcessIdentity.Of(process.Id) ?? new ProcessIdentity(process.Id, 0);
        return new ChildProcess(process, identity);
    }

    public void Signal(int signal)
    {
        if (!_process.HasExited)
        {
            Libc.Kill(Identity.Pid, signal);
        }
    }

    public void Dispose() => _process.Dispose();

    private static async Task<int?> WaitAsync(Process process)
    {
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
