namespace Bluegreen.Release.Analysis;

/// <summary>How one interval of the new color compares.</summary>
public enum IntervalOutcome
{
    Pass,
    Fail,

    /// <summary>Too few requests to judge: neither a pass nor a failure.</summary>
    Inconclusive,
}

/// <summary>The judgement of one interval, with the figures behind it.</summary>
/// <param name="ErrorRateIncreasePoints">The new color's error rate minus the baseline's; null when inconclusive.</param>
/// <param name="P99IncreaseMilliseconds">The new color's p99 minus the baseline's; null when either is unknown.</param>
/// <param name="ConsecutiveFailures">The run of failing intervals after this one.</param>
/// <param name="Reasons">Why it failed or was inconclusive; empty for a pass.</param>
public sealed record IntervalAssessment(
    WindowFigures Window,
    IntervalOutcome Outcome,
    double? ErrorRateIncreasePoints,
    double? P99IncreaseMilliseconds,
    int ConsecutiveFailures,
    IReadOnlyList<string> Reasons);

public enum VerdictKind
{
    /// <summary>At least one interval could be judged and the limit of consecutive failures was not reached.</summary>
    Healthy,

    /// <summary>No interval had enough requests to judge.</summary>
    Inconclusive,

    /// <summary>The limit of consecutive failing intervals was reached: roll back.</summary>
    Breach,
}

/// <summary>The outcome of a bake so far, with every figure behind it.</summary>
/// <param name="BaselineConclusive">The baseline had enough requests; when not, the baseline's error rate counts as 0 and its p99 is not compared.</param>
/// <param name="Intervals">Each judged interval, up to and including the one that breached.</param>
public sealed record AnalysisVerdict(
    VerdictKind Kind,
    WindowFigures Baseline,
    bool BaselineConclusive,
    int ConsecutiveFailures,
    IReadOnlyList<IntervalAssessment> Intervals,
    string Message);
