namespace Bluegreen.Release.Analysis;

/// <summary>One color's traffic over one window.</summary>
/// <param name="ServerErrors">Answers with a 5xx status.</param>
/// <param name="P99Milliseconds">The 99th percentile latency; null when nothing was measured.</param>
public sealed record WindowFigures(DateTimeOffset Start, DateTimeOffset End, long Requests, long ServerErrors, double? P99Milliseconds)
{
    /// <summary>5xx answers per 100 requests, to 4 decimals; 0 without requests.</summary>
    public double ErrorRatePercent => Requests == 0 ? 0 : Math.Round(100.0 * ServerErrors / Requests, 4);
}
