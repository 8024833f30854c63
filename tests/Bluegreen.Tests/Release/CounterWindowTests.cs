using Bluegreen.Release.Analysis;
using Bluegreen.Release.Counters;

namespace Bluegreen.Tests.Release;

public sealed class CounterWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Between_SubtractsCountsAndTakesP99OfTheWindowOnly()
    {
        // GIVEN 1,000 fast requests before the window, then 200 more of which 3 slow ones at 250 ms.
        var earlier = Reading(0, 1000, 2, (1000, 900), (2000, 100));
        var later = Reading(10, 1200, 7, (1000, 1050), (2000, 147), (250_000, 3));

        var delta = CounterWindow.Between(earlier, later);

        Assert.False(delta.CountersReset);
        // 200 in the window: rank ceil(0.99 × 200) = 198 falls among the 3 slow ones (150 + 47 = 197 before them).
        Assert.Equal(new WindowFigures(T0, T0.AddSeconds(10), 200, 5, 250), delta.Figures);
    }

    [Fact]
    public void Between_SlowRequestsBeforeTheWindow_DoNotCount()
    {
        var earlier = Reading(0, 100, 0, (1000, 50), (900_000, 50));
        var later = Reading(10, 300, 0, (1000, 250), (900_000, 50));

        var delta = CounterWindow.Between(earlier, later);

        Assert.Equal(1.0, delta.Figures.P99Milliseconds);
    }

    [Fact]
    public void Between_NothingMeasured_HasNoP99()
    {
        var reading = Reading(0, 100, 0, (1000, 100));

        var delta = CounterWindow.Between(reading, reading with { At = T0.AddSeconds(10) });

        Assert.Equal(new WindowFigures(T0, T0.AddSeconds(10), 0, 0, null), delta.Figures);
    }

    [Fact]
    public void Between_RouterRestarted_CountsFromZero()
    {
        var earlier = Reading(0, 5000, 40, (1000, 5000));
        var later = Reading(10, 120, 1, (1000, 100), (4000, 20));

        var delta = CounterWindow.Between(earlier, later);

        Assert.True(delta.CountersReset);
        Assert.Equal(new WindowFigures(T0, T0.AddSeconds(10), 120, 1, 4), delta.Figures);
    }

    [Fact]
    public void Sequence_GivesOneWindowPerPairOfReadings()
    {
        var readings = new[] { Reading(0, 0, 0), Reading(10, 150, 1, (2000, 150)), Reading(20, 400, 1, (2000, 300), (3000, 100)) };

        var windows = CounterWindow.Sequence(readings);

        Assert.Equal(
            [new WindowFigures(T0, T0.AddSeconds(10), 150, 1, 2), new WindowFigures(T0.AddSeconds(10), T0.AddSeconds(20), 250, 0, 3)],
            windows.Select(window => window.Figures));
    }

    [Fact]
    public void Between_ReadingsOutOfOrder_AreRefused()
    {
        var failure = Assert.Throws<ArgumentException>(() => CounterWindow.Between(Reading(10, 0, 0), Reading(0, 0, 0)));

        Assert.StartsWith("The later reading (2026-11-02T10:00:00.0000000+00:00) is older than the earlier one (2026-11-02T10:00:10.0000000+00:00).", failure.Message);
    }

    private static CumulativeCounters Reading(int seconds, long requests, long errors, params (long UpperBound, long Count)[] buckets) =>
        new(T0.AddSeconds(seconds), requests, errors, buckets.Select(bucket => new LatencyBucket(bucket.UpperBound, bucket.Count)).ToList());
}
