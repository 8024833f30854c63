using System.Globalization;

namespace Bluegreen.Release.Analysis;

/// <summary>
/// Judges the new color's intervals against the baseline (the active color before the shift) and the absolute
/// limits: a pure function of (baseline, intervals, limits).
/// </summary>
public static class BakeAnalysis
{
    public static AnalysisVerdict Analyze(WindowFigures baseline, IReadOnlyList<WindowFigures> intervals, AnalysisLimits limits)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(intervals);
        ArgumentNullException.ThrowIfNull(limits);
        var baselineConclusive = baseline.Requests >= limits.MinRequestsPerInterval;
        var assessments = new List<IntervalAssessment>();
        var consecutive = 0;
        foreach (var window in intervals)
        {
            var assessment = Assess(window, baseline, baselineConclusive, limits, consecutive);
            // An inconclusive interval leaves the run as it was. Resetting it would let a faulty version under light
            // traffic escape (fail, quiet, fail, quiet, ...); counting it as a failure would roll back a healthy
            // version for lack of traffic. It carries no evidence either way, so it is skipped.
            consecutive = assessment.ConsecutiveFailures;
            assessments.Add(assessment);
            if (consecutive >= limits.ConsecutiveFailingIntervals)
            {
                return new AnalysisVerdict(VerdictKind.Breach, baseline, baselineConclusive, consecutive, assessments, BreachMessage(assessments, limits));
            }
        }

        var judged = assessments.Count(assessment => assessment.Outcome != IntervalOutcome.Inconclusive);
        return judged == 0
            ? new AnalysisVerdict(VerdictKind.Inconclusive, baseline, baselineConclusive, 0, assessments,
                $"No interval had {limits.MinRequestsPerInterval} requests or more, so none could be judged ({assessments.Count} inconclusive).")
            : new AnalysisVerdict(VerdictKind.Healthy, baseline, baselineConclusive, consecutive, assessments,
                $"{judged} interval(s) judged, {assessments.Count(a => a.Outcome == IntervalOutcome.Fail)} failing; "
                + $"{consecutive} failing in a row now, the limit is {limits.ConsecutiveFailingIntervals}.");
    }

    private static IntervalAssessment Assess(WindowFigures window, WindowFigures baseline, bool baselineConclusive, AnalysisLimits limits, int consecutive)
    {
        if (window.Requests < limits.MinRequestsPerInterval)
        {
            return new IntervalAssessment(window, IntervalOutcome.Inconclusive, null, null, consecutive,
                [$"{window.Requests} requests, fewer than the {limits.MinRequestsPerInterval} needed to judge"]);
        }

        var baselineRate = baselineConclusive ? baseline.ErrorRatePercent : 0;
        var errorIncrease = Math.Round(window.ErrorRatePercent - baselineRate, 4);
        double? p99Increase = baselineConclusive && window.P99Milliseconds is { } p99 && baseline.P99Milliseconds is { } baseP99
            ? Math.Round(p99 - baseP99, 3)
            : null;
        var reasons = new List<string>();
        if (errorIncrease > limits.MaxErrorRateIncreasePoints)
        {
            reasons.Add(Invariant($"error rate {window.ErrorRatePercent:0.##}% is {errorIncrease:0.##} points above the baseline's {baselineRate:0.##}% (limit {limits.MaxErrorRateIncreasePoints:0.##})"));
        }

        if (p99Increase > limits.MaxP99IncreaseMilliseconds)
        {
            reasons.Add(Invariant($"p99 {window.P99Milliseconds:0.#} ms is {p99Increase:0.#} ms above the baseline's {baseline.P99Milliseconds:0.#} ms (limit {limits.MaxP99IncreaseMilliseconds:0.#} ms)"));
        }

        if (window.ErrorRatePercent > limits.MaxErrorRatePercent)
        {
            reasons.Add(Invariant($"error rate {window.ErrorRatePercent:0.##}% is above the ceiling of {limits.MaxErrorRatePercent:0.##}%"));
        }

        if (window.P99Milliseconds > limits.MaxP99Milliseconds)
        {
            reasons.Add(Invariant($"p99 {window.P99Milliseconds:0.#} ms is above the ceiling of {limits.MaxP99Milliseconds:0.#} ms"));
        }

        var failed = reasons.Count > 0;
        return new IntervalAssessment(window, failed ? IntervalOutcome.Fail : IntervalOutcome.Pass, errorIncrease, p99Increase, failed ? consecutive + 1 : 0, reasons);
    }

    private static string BreachMessage(List<IntervalAssessment> assessments, AnalysisLimits limits)
    {
        var last = assessments[^1];
        return Invariant($"{last.ConsecutiveFailures} failing intervals in a row (limit {limits.ConsecutiveFailingIntervals}); ")
            + Invariant($"the last, {last.Window.Start:HH:mm:ss}-{last.Window.End:HH:mm:ss} with {last.Window.Requests} requests: ")
            + string.Join("; ", last.Reasons) + ".";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
