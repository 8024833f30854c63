using Bluegreen.Release.Phases;

namespace Bluegreen.Tests.Release;

public sealed class ReleaseTimelineTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void End_RecordsStartEndAndDurationFromTheClock()
    {
        var timeline = new ReleaseTimeline(_clock);
        _clock.Advance(TimeSpan.FromSeconds(5));

        timeline.Begin(ReleasePhase.Preflight);
        _clock.Advance(TimeSpan.FromMilliseconds(1250));
        var record = timeline.End(PhaseStatus.Succeeded, "stack lock taken; no drift; plan touches green only");

        Assert.Equal(
            new PhaseRecord(ReleasePhase.Preflight, PhaseStatus.Succeeded, ManualClock.Start.AddSeconds(5), ManualClock.Start.AddSeconds(6.25), 1.25,
                "stack lock taken; no drift; plan touches green only"),
            record);
        Assert.Null(timeline.Current);
    }

    [Fact]
    public void ShiftAndBake_RepeatPerStep_WithTheirTrafficShare()
    {
        var timeline = new ReleaseTimeline(_clock);

        foreach (var phase in new[] { ReleasePhase.Preflight, ReleasePhase.Deploy, ReleasePhase.Verify, ReleasePhase.Baseline })
        {
            Run(timeline, phase, null);
        }

        foreach (var step in new[] { 10, 100 })
        {
            Run(timeline, ReleasePhase.Shift, step);
            Run(timeline, ReleasePhase.Bake, step);
        }

        Run(timeline, ReleasePhase.Finish, null);

        Assert.Equal(
            ["Preflight", "Deploy", "Verify", "Baseline", "Shift 10", "Bake 10", "Shift 100", "Bake 100", "Finish"],
            timeline.Records.Select(record => $"{record.Phase} {record.TrafficPercent}".Trim()));
        Assert.All(timeline.Records, record => Assert.Equal(2, record.DurationSeconds));
    }

    [Fact]
    public void Finish_MayFollowAnyPhase()
    {
        var timeline = new ReleaseTimeline(_clock);
        Run(timeline, ReleasePhase.Preflight, null);
        Run(timeline, ReleasePhase.Deploy, null);

        Run(timeline, ReleasePhase.Finish, null);

        Assert.Equal(ReleasePhase.Finish, timeline.Records[^1].Phase);
    }

    [Theory]
    [InlineData(ReleasePhase.Verify, ReleasePhase.Deploy, "Phase Deploy cannot follow Verify.")]
    [InlineData(ReleasePhase.Shift, ReleasePhase.Shift, "Phase Shift cannot follow Shift.")]
    [InlineData(ReleasePhase.Finish, ReleasePhase.Finish, "Phase Finish cannot follow Finish.")]
    public void Begin_OutOfOrder_IsRefused(ReleasePhase first, ReleasePhase next, string message)
    {
        var timeline = new ReleaseTimeline(_clock);
        Run(timeline, first, null);

        var failure = Assert.Throws<InvalidOperationException>(() => timeline.Begin(next));

        Assert.Equal(message, failure.Message);
    }

    [Fact]
    public void Begin_WhileAPhaseRuns_IsRefused()
    {
        var timeline = new ReleaseTimeline(_clock);
        timeline.Begin(ReleasePhase.Preflight);

        var failure = Assert.Throws<InvalidOperationException>(() => timeline.Begin(ReleasePhase.Deploy));

        Assert.Equal("Phase Preflight is still running; end it before Deploy begins.", failure.Message);
    }

    private void Run(ReleaseTimeline timeline, ReleasePhase phase, int? traffic)
    {
        timeline.Begin(phase, traffic);
        _clock.Advance(TimeSpan.FromSeconds(2));
        timeline.End(PhaseStatus.Succeeded, phase.ToString());
    }
}
