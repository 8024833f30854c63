using System.Diagnostics;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>
/// Starts and stops the postmaster of one data folder. A server runs detached (it outlives the command that started
/// it); readiness and exit are read from postmaster.pid every 10 ms, not from pg_ctl's 100 ms steps, and a stopped
/// orphan that lingers as a zombie does not count as running.
/// </summary>
internal sealed class ServerProcesses(PostgresInstallation installation, ServerAccount account, ICommandRunner runner, TimeSpan timeout)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>The pid of the server running on this data folder, or null.</summary>
    public static int? RunningPid(InstanceLayout instance) =>
        PostmasterPidFile.Read(instance.DataDirectory) is { } pidFile && ProcessTable.IsPostmasterOf(pidFile) ? pidFile.Pid : null;

    /// <summary>Starts the server unless it runs, then waits until it accepts connections. Returns its pid.</summary>
    public async Task<int> StartAsync(InstanceLayout instance, CancellationToken cancellationToken)
    {
        if (RunningPid(instance) is { } running)
        {
            return await WaitReadyAsync(instance, running, cancellationToken);
        }

        // Left by a server that crashed or by a machine restart; the pid in it may now be another process. Should processes
        // of a crashed server still linger, PostgreSQL's shared memory interlock refuses to start, so no data is at risk.
        File.Delete(Path.Combine(instance.DataDirectory, PostmasterPidFile.FileName));
        PostgresPorts.EnsureFree(instance);
        var pid = runner.StartDetached(account.Command(installation.Postgres, "-D", instance.DataDirectory), instance.LogFile);
        return await WaitReadyAsync(instance, pid, cancellationToken);
    }

    /// <summary>Fast shutdown (SIGINT) of the server on this data folder, if one runs; returns once it has exited.</summary>
    public async Task StopAsync(InstanceLayout instance, CancellationToken cancellationToken)
    {
        if (PostmasterPidFile.Read(instance.DataDirectory) is not { } pidFile || !ProcessTable.IsPostmasterOf(pidFile))
        {
            return;
        }

        ProcessTable.Interrupt(pidFile.Pid);
        var clock = Stopwatch.StartNew();
        while (PostmasterPidFile.Read(instance.DataDirectory)?.Identity == pidFile.Identity && ProcessTable.IsPostmasterOf(pidFile))
        {
            if (clock.Elapsed > timeout)
            {
                throw new StackFailureException(
                    StackError.Timeout,
                    $"The local PostgreSQL {instance.Name} (pid {pidFile.Pid}) did not stop within {timeout.TotalSeconds:0} s. See {instance.LogFile}.");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private async Task<int> WaitReadyAsync(InstanceLayout instance, int pid, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (PostmasterPidFile.Read(instance.DataDirectory) is { IsReady: true } pidFile && pidFile.Pid == pid)
            {
                return pid;
            }

            if (!ProcessTable.IsAlive(pid))
            {
                throw new StackFailureException(
                    StackError.UnexpectedError,
                    $"The local PostgreSQL {instance.Name} exited while starting. Its log is {instance.LogFile}; the last lines follow.",
                    LogTail(instance));
            }

            if (clock.Elapsed > timeout)
            {
                throw new StackFailureException(
                    StackError.Timeout,
                    $"The local PostgreSQL {instance.Name} (pid {pid}) did not accept connections within {timeout.TotalSeconds:0} s. See {instance.LogFile}.",
                    LogTail(instance));
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static List<string> LogTail(InstanceLayout instance) =>
        File.Exists(instance.LogFile) ? File.ReadLines(instance.LogFile).TakeLast(10).ToList() : [];
}
