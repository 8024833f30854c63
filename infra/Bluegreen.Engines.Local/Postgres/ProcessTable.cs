using System.Runtime.InteropServices;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>What the tool asks the OS about processes, through /proc and kill(2).</summary>
internal static class ProcessTable
{
    private const int SignalInterrupt = 2;

    /// <summary>
    /// True when <paramref name="pid"/> is the live postmaster that wrote <paramref name="pidFile"/>: its working folder
    /// holds a postmaster.pid with the same first lines. A zombie has no working folder, and a reused pid fails the
    /// comparison, so neither counts (a stale postmaster.pid after a crash is never mistaken for a running server).
    /// </summary>
    public static bool IsPostmasterOf(PostmasterPidFile pidFile)
    {
        var seenByProcess = PostmasterPidFile.Read($"/proc/{pidFile.Pid}/cwd");
        return seenByProcess is not null && seenByProcess.Identity == pidFile.Identity;
    }

    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].TrimStart()[0];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Asks a PostgreSQL server for a fast shutdown (SIGINT): sessions end, a checkpoint is written.</summary>
    public static void Interrupt(int pid)
    {
        // A failure means the process exited between the check and the signal; callers wait for postmaster.pid to go.
        _ = Kill(pid, SignalInterrupt);
    }

    // DllImport, not LibraryImport: the generated stub would need unsafe code for this all-int signature.
    [DllImport("libc", EntryPoint = "kill")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
