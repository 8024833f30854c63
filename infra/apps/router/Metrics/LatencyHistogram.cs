using System.Numerics;

namespace Bluegreen.Router.Metrics;

/// <summary>
/// Lock-free log-linear histogram of durations in microseconds: exact below 32 µs, then 16 buckets per power of
/// two (at most 6.25% wide), capped at about 67 s. Recording is one interlocked increment.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int ExactBuckets = 32;
    private const int BucketsPerOctave = 16;
    private const int MaxBits = 26;
    private const long MaxMicroseconds = (1L << MaxBits) - 1;

    private readonly long[] _counts = new long[BucketIndex(MaxMicroseconds) + 1];

    public void Record(TimeSpan elapsed) => Record(elapsed.Ticks / TimeSpan.TicksPerMicrosecond);

    public void Record(long microseconds) =>
        Interlocked.Increment(ref _counts[BucketIndex(Math.Clamp(microseconds, 0, MaxMicroseconds))]);

    /// <summary>The smallest bucket top at or below which <paramref name="quantile"/> of the recorded values lie; 0 when empty.</summary>
    public long PercentileMicroseconds(double quantile)
    {
        var counts = new long[_counts.Length];
        var total = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Volatile.Read(ref _counts[i]);
            total += counts[i];
        }

        if (total == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(quantile * total));
        var seen = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return BucketTop(i);
            }
        }

        return MaxMicroseconds;
    }

    internal static int BucketIndex(long microseconds)
    {
        var magnitude = 63 - BitOperations.LeadingZeroCount((ulong)(microseconds | (ExactBuckets - 1)));
        var shift = magnitude - 4;
        return (shift * BucketsPerOctave) + (int)(microseconds >> shift);
    }

    internal static long BucketTop(int index)
    {
        if (index < ExactBuckets)
        {
            return index;
        }

        var shift = (index / BucketsPerOctave) - 1;
        var step = (index % BucketsPerOctave) + BucketsPerOctave;
        return ((long)(step + 1) << shift) - 1;
    }
}
