using Bluegreen.Agent.Os;
using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.Agent.Supervision;

/// <summary>Stops a process the polite way first: SIGTERM, a grace period, then SIGKILL.</summary>
internal static class ProcessTermination
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <summary>The exit code when known; null when unknown or the process outlived even SIGKILL's grace.</summary>
    public static async Task<int?> StopAsync(IProcessHandle process, TimeProvider time)
    {
        process.Signal(Libc.SigTerm);
        await Task.WhenAny(process.Exited, Task.Delay(Grace, time));
        if (!process.Exited.IsCompleted)
        {
            process.Signal(Libc.SigKill);
            await Task.WhenAny(process.Exited, Task.Delay(Grace, time));
        }

        return process.Exited.IsCompleted ? await process.Exited : null;
    }
}
