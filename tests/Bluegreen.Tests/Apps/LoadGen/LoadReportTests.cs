using Bluegreen.LoadGen.Load;

namespace Bluegreen.Tests.Apps.LoadGen;

public sealed class LoadReportTests
{
    // Switches on one clock: to green during [100, 110], back to blue during [200, 210], a failed try at [300, 310].
    private static readonly SwitchRecord[] Switches =
    [
        new(100, 110, "green", true),
        new(200, 210, "blue", true),
        new(300, 310, "green", false),
    ];

    [Theory]
    [InlineData(10, 50, false, "blue", 0, 1)] // before any switch: the initial color
    [InlineData(10, 50, true, "green", 0, 1)] // test listener: the other color
    [InlineData(10, 50, false, "green", 1, 1)]
    [InlineData(120, 190, false, "green", 0, 1)]
    [InlineData(120, 190, false, "blue", 1, 1)]
    [InlineData(120, 190, true, "blue", 0, 1)]
    [InlineData(105, 150, false, "blue", 0, 0)] // started while the switch was in flight: not checked
    [InlineData(120, 205, false, "blue", 0, 0)] // finished after the next switch began: not checked
    [InlineData(220, 299, false, "blue", 0, 1)]
    [InlineData(320, 400, false, "blue", 0, 0)] // after a failed switch the color is unknown: not checked
    public void CountStale_ChecksOnlyRequestsWhollyInsideOneWindow(long start, long end, bool toTest, string answered, int stale, int checkedCount)
    {
        RequestRecord[] records = [new(start, end, toTest, RequestOutcome.Success, answered)];

        Assert.Equal((stale, checkedCount), LoadReport.CountStale(records, Switches, "blue"));
    }

    [Fact]
    public void CountStale_IgnoresRequestsThatFailed()
    {
        RequestRecord[] records =
        [
            new(120, 190, false, RequestOutcome.Failed, null),
            new(120, 190, false, RequestOutcome.NonSuccessStatus, null),
        ];

        Assert.Equal((0, 0), LoadReport.CountStale(records, Switches, "blue"));
    }
}
