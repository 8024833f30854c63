namespace Bluegreen.Release.Analysis;

/// <summary>When a baking color counts as failing, and how often it is judged.</summary>
public sealed record AnalysisLimits
{
    /// <summary>The interval locally, where the router's counters are read directly.</summary>
    public static readonly TimeSpan LocalInterval = TimeSpan.FromSeconds(10);

    /// <summary>The interval on AWS: the load balancer publishes its metrics every 60 seconds.</summary>
    public static readonly TimeSpan AwsInterval = TimeSpan.FromSeconds(60);

    /// <summary>How far the new color's 5xx rate may exceed the baseline's, in percentage points.</summary>
    /// <remarks>Left out, 1 point: a baseline of 0.5% fails from above 1.5%.</remarks>
    public double MaxErrorRateIncreasePoints { get; init; } = 1;

    /// <summary>How far the new color's p99 latency may exceed the baseline's, in milliseconds.</summary>
    /// <remarks>Left out, 100 ms.</remarks>
    public double MaxP99IncreaseMilliseconds { get; init; } = 100;

    /// <summary>How many failing intervals in a row trigger the rollback.</summary>
    /// <remarks>Left out, 3. Inconclusive intervals neither count nor break the run.</remarks>
    public int ConsecutiveFailingIntervals { get; init; } = 3;

    /// <summary>Intervals with fewer requests than this are inconclusive.</summary>
    /// <remarks>Left out, 100.</remarks>
    public long MinRequestsPerInterval { get; init; } = 100;

    /// <summary>How often the new color is judged; each judgement covers one interval.</summary>
    public required TimeSpan Interval { get; init; }

    /// <summary>An absolute ceiling on the new color's 5xx rate in percent, whatever the baseline.</summary>
    /// <remarks>Left out, there is none: only the increase over the baseline counts.</remarks>
    public double? MaxErrorRatePercent { get; init; }

    /// <summary>An absolute ceiling on the new color's p99 latency in milliseconds, whatever the baseline.</summary>
    /// <remarks>Left out, there is none: only the increase over the baseline counts.</remarks>
    public double? MaxP99Milliseconds { get; init; }

    public static AnalysisLimits LocalDefaults => new() { Interval = LocalInterval };

    public static AnalysisLimits AwsDefaults => new() { Interval = AwsInterval };
}
