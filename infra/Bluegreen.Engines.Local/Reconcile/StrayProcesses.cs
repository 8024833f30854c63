using System.Diagnostics;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Postgres;

namespace Bluegreen.Engines.Local.Reconcile;

/// <summary>Processes that carry this stack's marker but that the agent does not supervise: leftovers nobody restarts or stops.</summary>
internal static class StrayProcesses
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(5);

    public static IReadOnlyList<MarkedProcess> Among(ObservedStack observed)
    {
        var supervised = observed.Agent?.Processes.Select(process => process.Pid).OfType<int>().ToHashSet() ?? [];
        return observed.Marked.Where(process => !supervised.Contains(process.Pid)).ToList();
    }

    /// <summary>Kills each stray (by pid) and waits until it has exited; returns one delete per stray.</summary>
    public static async Task<IReadOnlyList<ResourceChange>> StopAsync(IReadOnlyList<MarkedProcess> strays, CancellationToken cancellationToken)
    {
        foreach (var stray in strays)
        {
            try
            {
                using var process = Process.GetProcessById(stray.Pid);
                process.Kill();
            }
            catch (Exception gone) when (gone is ArgumentException or InvalidOperationException)
            {
                // Already exited.
            }
        }

        var clock = Stopwatch.StartNew();
        while (strays.Any(stray => ProcessTable.IsAlive(stray.Pid)) && clock.Elapsed < ExitTimeout)
        {
            await Task.Delay(20, cancellationToken);
        }

        return strays.Select(stray => new ResourceChange(
            ProcessSetChanges.Owner(stray.Color), Name(stray), LocalResourceTypes.Process, "delete", ["pid"], ChangesTraffic: false)).ToList();
    }

    /// <summary>The instance it claims to be, with its pid: "web-blue-1 (pid 4242)".</summary>
    public static string Name(MarkedProcess stray) => $"{stray.Instance ?? "process"} (pid {stray.Pid})";
}
