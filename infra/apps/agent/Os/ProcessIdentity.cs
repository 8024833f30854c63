using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.Agent.Os;

/// <summary>
/// A process as the kernel knows it: pid plus start time. A pid alone can be reused by an unrelated process, so
/// nothing is signalled unless both still match.
/// </summary>
internal readonly record struct ProcessIdentity(int Pid, ulong StartTime)
{
    public static ProcessIdentity? Of(int pid) =>
        ProcStat.Read(pid) is { } stat ? new ProcessIdentity(pid, stat.StartTime) : null;

    public bool IsAlive() => ProcStat.Read(Pid) is { IsZombie: false } stat && stat.StartTime == StartTime;

    /// <summary>Signals the process only if it is still the one this identity names.</summary>
    public bool Signal(int signal) => IsAlive() && Libc.Kill(Pid, signal);
}
