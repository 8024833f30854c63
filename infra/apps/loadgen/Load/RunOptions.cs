using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.LoadGen.Load;

internal sealed record RunOptions(
    string RouterStateDirectory,
    RouterSnapshot Snapshot,
    double Rate,
    double Seconds,
    double WarmupSeconds,
    int Connections,
    double TestShare,
    int SwitchEveryMs)
{
    public int TotalRequests => (int)(Rate * Seconds);

    public static RunOptions From(CommandLine options)
    {
        var state = options.Text("router-state");
        var snapshotFile = Path.Combine(state, RouterStateFiles.Snapshot);
        if (!File.Exists(snapshotFile))
        {
            throw new UsageException($"no {snapshotFile}; --router-state must be the folder of a running router");
        }

        var snapshot = RouterSnapshotJson.Parse(File.ReadAllText(snapshotFile), out var errors)
            ?? throw new UsageException($"{snapshotFile} is not valid: {string.Join("; ", errors)}");
        var run = new RunOptions(
            state,
            snapshot,
            options.Number("rate", 1000),
            options.Number("seconds", 20),
            options.Number("warmup-seconds", 3),
            (int)options.Number("connections", 32),
            options.Number("test-share", 0.1),
            (int)options.Number("switch-every-ms", 200));
        if (run.TotalRequests < 1 || run.Connections < 1 || run.TestShare > 1 || run.Seconds + run.WarmupSeconds > 600)
        {
            throw new UsageException("need --rate x --seconds >= 1 request, --seconds + --warmup-seconds <= 600, --connections >= 1 and --test-share <= 1");
        }

        return run;
    }
}
