using System.Runtime.InteropServices;

namespace Bluegreen.Agent.Os;

/// <summary>The few libc calls .NET does not expose: sending a chosen signal to a process.</summary>
internal static partial class Libc
{
    public const int SigKill = 9;
    public const int SigTerm = 15;

    /// <summary>Sends <paramref name="signal"/>; false when the process does not exist or is not ours to signal.</summary>
    public static bool Kill(int pid, int signal) => pid > 0 && KillNative(pid, signal) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int KillNative(int pid, int signal);
}
