using Bluegreen.Release.Strategy;

namespace Bluegreen.Release.Analysis;

/// <summary>Every problem with the analysis limits, alone and together with the strategy's bake.</summary>
public static class AnalysisLimitsValidator
{
    /// <param name="intervalGranularity">What the figures can be measured in: 1 s locally, 60 s on AWS (CloudWatch periods).</param>
    public static IReadOnlyList<string> Validate(AnalysisLimits limits, TimeSpan intervalGranularity, ReleaseStrategy? strategy = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var errors = new List<string>();
        if (!(limits.MaxErrorRateIncreasePoints > 0 && limits.MaxErrorRateIncreasePoints <= 100))
        {
            errors.Add($"MaxErrorRateIncreasePoints is {limits.MaxErrorRateIncreasePoints}; give percentage points above 0 and at most 100, e.g. 1.");
        }

        if (!(limits.MaxP99IncreaseMilliseconds > 0))
        {
            errors.Add($"MaxP99IncreaseMilliseconds is {limits.MaxP99IncreaseMilliseconds}; give milliseconds above 0, e.g. 100.");
        }

        if (limits.ConsecutiveFailingIntervals is < 1 or > 100)
        {
            errors.Add($"ConsecutiveFailingIntervals is {limits.ConsecutiveFailingIntervals}; give a count from 1 to 100, e.g. 3.");
        }

        if (limits.MinRequestsPerInterval < 1)
        {
            errors.Add($"MinRequestsPerInterval is {limits.MinRequestsPerInterval}; give at least 1, e.g. 100, so that a handful of requests cannot decide.");
        }

        if (limits.Interval <= TimeSpan.Zero || limits.Interval.Ticks % intervalGranularity.Ticks != 0)
        {
            errors.Add($"Interval is {DurationText.Format(limits.Interval)}; give a positive multiple of {DurationText.Format(intervalGranularity)} "
                + $"(the figures are measured in steps of {DurationText.Format(intervalGranularity)} here).");
        }

        if (limits.MaxErrorRatePercent is { } rate && !(rate > 0 && rate <= 100))
        {
            errors.Add($"MaxErrorRatePercent is {rate}; give a percentage above 0 and at most 100, or leave it out for no absolute ceiling.");
        }

        if (limits.MaxP99Milliseconds is { } p99 && !(p99 > 0))
        {
            errors.Add($"MaxP99Milliseconds is {p99}; give milliseconds above 0, or leave it out for no absolute ceiling.");
        }

        var detection = limits.Interval * limits.ConsecutiveFailingIntervals;
        if (strategy is not null && errors.Count == 0 && strategy.Bake < detection)
        {
            errors.Add($"The bake of {DurationText.Format(strategy.Bake)} is shorter than {limits.ConsecutiveFailingIntervals} intervals of "
                + $"{DurationText.Format(limits.Interval)}, so a failing step could never be caught; bake for at least {DurationText.Format(detection)} "
                + "or lower ConsecutiveFailingIntervals.");
        }

        return errors;
    }
}
