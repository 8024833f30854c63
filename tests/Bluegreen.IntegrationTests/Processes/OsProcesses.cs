using System.Net;
using System.Net.Sockets;

namespace Bluegreen.IntegrationTests.Processes;

/// <summary>What the tests read from the kernel: which processes exist, and free loopback ports.</summary>
internal static class OsProcesses
{
    /// <summary>Pids of live (not zombie) processes whose environment holds <paramref name="entry"/> ("NAME=value").</summary>
    public static IReadOnlyList<int> WithEnvironment(string entry)
    {
        var pids = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || !IsAlive(pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(folder, "environ")).Split('\0').Contains(entry))
                {
                    pids.Add(pid);
                }
            }
            catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
            {
                // Exited while being read.
            }
        }

        return pids;
    }

    /// <summary>Pids of live processes whose command line contains <paramref name="text"/>.</summary>
    public static IReadOnlyList<int> WithCommandLine(string text) =>
        Directory.EnumerateDirectories("/proc")
            .Select(folder => int.TryParse(Path.GetFileName(folder), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && IsAlive(pid) && CommandLine(pid).Contains(text, StringComparison.Ordinal))
            .ToList();

    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Kernel start time (clock ticks since boot), field 22 of <c>/proc/&lt;pid&gt;/stat</c>.</summary>
    public static ulong StartTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return ulong.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    public static void Kill(int pid)
    {
        if (IsAlive(pid))
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill();
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails the test with <paramref name="what"/> otherwise.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds} s waiting until {what}.");
            }

            await Task.Delay(100);
        }
    }
}
