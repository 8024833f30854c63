using Bluegreen.Release.Analysis;

namespace Bluegreen.Release.Counters;

/// <summary>The figures of one window from two readings of the same color's counters.</summary>
/// <param name="CountersReset">The later reading was lower (the router restarted), so the window counts from zero.</param>
public sealed record CounterDelta(WindowFigures Figures, bool CountersReset);

/// <summary>Windowed deltas of cumulative counters, as the local engine reads them from the router.</summary>
public static class CounterWindow
{
    private const double Quantile = 0.99;

    public static CounterDelta Between(CumulativeCounters earlier, CumulativeCounters later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        if (later.At < earlier.At)
        {
            throw new ArgumentException($"The later reading ({later.At:O}) is older than the earlier one ({earlier.At:O}).", nameof(later));
        }

        var before = earlier.Latency.GroupBy(bucket => bucket.UpperBoundMicroseconds).ToDictionary(group => group.Key, group => group.Sum(bucket => bucket.Count));
        var reset = later.Requests < earlier.Requests
            || later.ServerErrors < earlier.ServerErrors
            || later.Latency.Any(bucket => bucket.Count < before.GetValueOrDefault(bucket.UpperBoundMicroseconds));
        var buckets = later.Latency
            .GroupBy(bucket => bucket.UpperBoundMicroseconds)
            .Select(group => new LatencyBucket(group.Key, group.Sum(bucket => bucket.Count) - (reset ? 0 : before.GetValueOrDefault(group.Key))))
            .OrderBy(bucket => bucket.UpperBoundMicroseconds)
            .ToList();
        var figures = new WindowFigures(
            earlier.At,
            later.At,
            later.Requests - (reset ? 0 : earlier.Requests),
            later.ServerErrors - (reset ? 0 : earlier.ServerErrors),
            PercentileMilliseconds(buckets));
        return new CounterDelta(figures, reset);
    }

    /// <summary>Each window between consecutive readings, oldest first.</summary>
    public static IReadOnlyList<CounterDelta> Sequence(IReadOnlyList<CumulativeCounters> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        return readings.Zip(readings.Skip(1), Between).ToList();
    }

    /// <summary>
    /// The smallest bucket top at or below which 99% of the window's latencies lie, as the router's
    /// LatencyHistogram.PercentileMicroseconds ranks them (rank = ceil(q × total), at least 1); null when empty.
    /// </summary>
    private static double? PercentileMilliseconds(IReadOnlyList<LatencyBucket> buckets)
    {
        var total = buckets.Sum(bucket => bucket.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(Quantile * total));
        var seen = 0L;
        foreach (var bucket in buckets)
        {
            seen += bucket.Count;
            if (seen >= rank)
            {
                return bucket.UpperBoundMicroseconds / 1000.0;
            }
        }

        return buckets[^1].UpperBoundMicroseconds / 1000.0;
    }
}
