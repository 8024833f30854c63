namespace Bluegreen.Release.Counters;

/// <summary>Requests answered with a latency at or below <see cref="UpperBoundMicroseconds"/> and above the bucket before.</summary>
public sealed record LatencyBucket(long UpperBoundMicroseconds, long Count);

/// <summary>
/// One color's counters as read at <see cref="At"/>, counted since the router started: requests, 5xx answers and a
/// latency histogram (count per bucket, not cumulative). The router's LatencyHistogram buckets map one-to-one:
/// upper bound = LatencyHistogram.BucketTop(index).
/// </summary>
public sealed record CumulativeCounters(DateTimeOffset At, long Requests, long ServerErrors, IReadOnlyList<LatencyBucket> Latency);
