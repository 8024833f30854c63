namespace Bluegreen.Engines.Local.Observation;

/// <summary>Finds live processes by an environment entry, reading <c>/proc/&lt;pid&gt;/environ</c> (the caller's own processes, or all as root).</summary>
internal static class MarkedProcesses
{
    public static IReadOnlyList<MarkedProcess> WithEnvironment(string name, string value)
    {
        var marker = $"{name}={value}";
        var found = new List<MarkedProcess>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environment = File.ReadAllText(Path.Combine(folder, "environ")).Split('\0');
                if (!environment.Contains(marker, StringComparer.Ordinal) || !Postgres.ProcessTable.IsAlive(pid))
                {
                    continue;
                }

                found.Add(new MarkedProcess(
                    pid,
                    Value(environment, "BLUEGREEN_INSTANCE"),
                    Value(environment, "BLUEGREEN_COLOR"),
                    File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').Trim()));
            }
            catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
            {
                // Exited while being read, or not ours to read.
            }
        }

        return found;
    }

    private static string? Value(string[] environment, string name) =>
        environment.FirstOrDefault(entry => entry.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
}
