using System.Diagnostics;

namespace Bluegreen.Bench;

/// <summary>Times an action: warm-up runs first (JIT, caches), then the median of the measured runs.</summary>
internal static class Measurement
{
    public static TimeSpan Median(Action action, int warmUpRuns, int measuredRuns)
    {
        for (var i = 0; i < warmUpRuns; i++)
        {
            action();
        }

        var samples = new long[measuredRuns];
        for (var i = 0; i < measuredRuns; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            samples[i] = Stopwatch.GetTimestamp() - start;
        }

        Array.Sort(samples);
        var middle = measuredRuns / 2;
        var median = measuredRuns % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
        return Stopwatch.GetElapsedTime(0, median);
    }
}
