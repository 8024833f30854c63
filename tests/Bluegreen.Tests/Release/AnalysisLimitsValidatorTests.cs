using Bluegreen.Release.Analysis;
using Bluegreen.Release.Strategy;

namespace Bluegreen.Tests.Release;

public sealed class AnalysisLimitsValidatorTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Defaults_AreTheIssuesFigures_AndValid()
    {
        var local = AnalysisLimits.LocalDefaults;
        var aws = AnalysisLimits.AwsDefaults;

        Assert.Equal((1.0, 100.0, 3, 100L), (local.MaxErrorRateIncreasePoints, local.MaxP99IncreaseMilliseconds, local.ConsecutiveFailingIntervals, local.MinRequestsPerInterval));
        Assert.Equal((TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60)), (local.Interval, aws.Interval));
        Assert.Empty(AnalysisLimitsValidator.Validate(local, Second));
        Assert.Empty(AnalysisLimitsValidator.Validate(aws, Minute));
    }

    [Fact]
    public void Validate_EveryBadSetting_IsReportedWithItsFix()
    {
        var limits = new AnalysisLimits
        {
            MaxErrorRateIncreasePoints = 0,
            MaxP99IncreaseMilliseconds = -5,
            ConsecutiveFailingIntervals = 0,
            MinRequestsPerInterval = 0,
            Interval = TimeSpan.FromSeconds(90),
            MaxErrorRatePercent = 120,
            MaxP99Milliseconds = 0,
        };

        var errors = AnalysisLimitsValidator.Validate(limits, Minute);

        Assert.Equal(
            [
                "MaxErrorRateIncreasePoints is 0; give percentage points above 0 and at most 100, e.g. 1.",
                "MaxP99IncreaseMilliseconds is -5; give milliseconds above 0, e.g. 100.",
                "ConsecutiveFailingIntervals is 0; give a count from 1 to 100, e.g. 3.",
                "MinRequestsPerInterval is 0; give at least 1, e.g. 100, so that a handful of requests cannot decide.",
                "Interval is 1m30s; give a positive multiple of 1m (the figures are measured in steps of 1m here).",
                "MaxErrorRatePercent is 120; give a percentage above 0 and at most 100, or leave it out for no absolute ceiling.",
                "MaxP99Milliseconds is 0; give milliseconds above 0, or leave it out for no absolute ceiling.",
            ],
            errors);
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    public void Validate_BakeShorterThanTheFailuresNeeded_CanNeverCatchABreach(int bakeSeconds, bool valid)
    {
        var strategy = new ReleaseStrategy(ReleaseStrategyKind.Canary, [10, 100], TimeSpan.FromSeconds(bakeSeconds));

        var errors = AnalysisLimitsValidator.Validate(AnalysisLimits.LocalDefaults, Second, strategy);

        Assert.Equal(valid, errors.Count == 0);
        if (!valid)
        {
            Assert.Equal(
                ["The bake of 29s is shorter than 3 intervals of 10s, so a failing step could never be caught; bake for at least 30s or lower ConsecutiveFailingIntervals."],
                errors);
        }
    }
}
