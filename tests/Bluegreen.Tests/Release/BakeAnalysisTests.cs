using Bluegreen.Release.Analysis;

namespace Bluegreen.Tests.Release;

public sealed class BakeAnalysisTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    // GIVEN a baseline of 0.5% errors and p99 120 ms over 2,000 requests, with the default limits (1 point, 100 ms, 3 in a row, 100 requests).
    private static readonly WindowFigures Baseline = new(T0.AddSeconds(-10), T0, 2000, 10, 120);

    private static readonly AnalysisLimits Limits = AnalysisLimits.LocalDefaults;

    [Theory]
    [InlineData(1000, 15, 220.0, IntervalOutcome.Pass)] // +1.0 point and +100 ms: at the limits, not above
    [InlineData(1000, 16, 120.0, IntervalOutcome.Fail)] // +1.1 points
    [InlineData(1000, 5, 220.5, IntervalOutcome.Fail)] // +100.5 ms
    [InlineData(99, 99, 5000.0, IntervalOutcome.Inconclusive)] // too few requests, however bad
    [InlineData(100, 0, null, IntervalOutcome.Pass)] // no latency measured: only the error rate is compared
    public void Analyze_OneInterval_IsJudgedAgainstTheBaseline(long requests, long errors, double? p99, IntervalOutcome outcome)
    {
        var verdict = BakeAnalysis.Analyze(Baseline, [Window(0, requests, errors, p99)], Limits);

        Assert.Equal(outcome, verdict.Intervals.Single().Outcome);
    }

    [Fact]
    public void Analyze_FailingInterval_CarriesTheFigures()
    {
        var verdict = BakeAnalysis.Analyze(Baseline, [Window(0, 1000, 42, 340)], Limits);

        var interval = verdict.Intervals.Single();
        Assert.Equal((3.7, 220.0, 1), (interval.ErrorRateIncreasePoints!.Value, interval.P99IncreaseMilliseconds!.Value, interval.ConsecutiveFailures));
        Assert.Equal(
            [
                "error rate 4.2% is 3.7 points above the baseline's 0.5% (limit 1)",
                "p99 340 ms is 220 ms above the baseline's 120 ms (limit 100 ms)",
            ],
            interval.Reasons);
    }

    [Fact]
    public void Analyze_ThreeFailuresInARow_IsABreachNamingTheFigures()
    {
        var verdict = BakeAnalysis.Analyze(Baseline, [Bad(0), Bad(1), Bad(2), Good(3)], Limits);

        Assert.Equal(VerdictKind.Breach, verdict.Kind);
        Assert.Equal(3, verdict.ConsecutiveFailures);
        Assert.Equal(3, verdict.Intervals.Count);
        Assert.Equal(
            "3 failing intervals in a row (limit 3); the last, 10:00:20-10:00:30 with 1000 requests: "
            + "error rate 5% is 4.5 points above the baseline's 0.5% (limit 1).",
            verdict.Message);
    }

    [Fact]
    public void Analyze_APassBetweenFailures_ResetsTheRun()
    {
        var verdict = BakeAnalysis.Analyze(Baseline, [Bad(0), Bad(1), Good(2), Bad(3), Bad(4)], Limits);

        Assert.Equal(VerdictKind.Healthy, verdict.Kind);
        Assert.Equal([1, 2, 0, 1, 2], verdict.Intervals.Select(interval => interval.ConsecutiveFailures));
        Assert.Equal("5 interval(s) judged, 4 failing; 2 failing in a row now, the limit is 3.", verdict.Message);
    }

    [Fact]
    public void Analyze_InconclusiveIntervals_NeitherCountNorResetTheRun()
    {
        var verdict = BakeAnalysis.Analyze(Baseline, [Bad(0), Quiet(1), Bad(2), Quiet(3), Bad(4)], Limits);

        Assert.Equal(VerdictKind.Breach, verdict.Kind);
        Assert.Equal([1, 1, 2, 2, 3], verdict.Intervals.Select(interval => interval.ConsecutiveFailures));
        Assert.Equal(
            [IntervalOutcome.Fail, IntervalOutcome.Inconclusive, IntervalOutcome.Fail, IntervalOutcome.Inconclusive, IntervalOutcome.Fail],
            verdict.Intervals.Select(interval => interval.Outcome));
        Assert.Equal(["40 requests, fewer than the 100 needed to judge"], verdict.Intervals[1].Reasons);
    }

    [Fact]
    public void Analyze_OnlyInconclusiveIntervals_IsInconclusive()
    {
        var verdict = BakeAnalysis.Analyze(Baseline, [Quiet(0), Quiet(1)], Limits);

        Assert.Equal(VerdictKind.Inconclusive, verdict.Kind);
        Assert.Equal("No interval had 100 requests or more, so none could be judged (2 inconclusive).", verdict.Message);
    }

    [Fact]
    public void Analyze_NoIntervalsYet_IsInconclusive()
    {
        Assert.Equal(VerdictKind.Inconclusive, BakeAnalysis.Analyze(Baseline, [], Limits).Kind);
    }

    [Fact]
    public void Analyze_QuietBaseline_CountsAsNoErrorsAndSkipsTheLatencyComparison()
    {
        var quietBaseline = new WindowFigures(T0.AddSeconds(-10), T0, 20, 5, 90);

        var verdict = BakeAnalysis.Analyze(quietBaseline, [Window(0, 1000, 10, 900)], Limits);

        Assert.False(verdict.BaselineConclusive);
        var interval = verdict.Intervals.Single();
        Assert.Equal(IntervalOutcome.Pass, interval.Outcome);
        Assert.Equal(1.0, interval.ErrorRateIncreasePoints);
        Assert.Null(interval.P99IncreaseMilliseconds);
    }

    [Fact]
    public void Analyze_AbsoluteCeilings_FailEvenWhenTheBaselineIsAsBad()
    {
        var badBaseline = new WindowFigures(T0.AddSeconds(-10), T0, 1000, 80, 900);
        var limits = Limits with { MaxErrorRatePercent = 5, MaxP99Milliseconds = 800 };

        var verdict = BakeAnalysis.Analyze(badBaseline, [Window(0, 1000, 80, 900)], limits);

        Assert.Equal(
            ["error rate 8% is above the ceiling of 5%", "p99 900 ms is above the ceiling of 800 ms"],
            verdict.Intervals.Single().Reasons);
    }

    [Fact]
    public void Analyze_OneFailureEnough_WhenTheLimitIsOne()
    {
        var verdict = BakeAnalysis.Analyze(Baseline, [Good(0), Bad(1), Good(2)], Limits with { ConsecutiveFailingIntervals = 1 });

        Assert.Equal(VerdictKind.Breach, verdict.Kind);
        Assert.Equal(2, verdict.Intervals.Count);
    }

    private static WindowFigures Window(int index, long requests, long errors, double? p99) =>
        new(T0.AddSeconds(10 * index), T0.AddSeconds(10 * (index + 1)), requests, errors, p99);

    private static WindowFigures Bad(int index) => Window(index, 1000, 50, 130);

    private static WindowFigures Good(int index) => Window(index, 1000, 5, 125);

    private static WindowFigures Quiet(int index) => Window(index, 40, 40, 3000);
}
