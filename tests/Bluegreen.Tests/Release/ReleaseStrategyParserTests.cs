using Bluegreen.Release.Strategy;

namespace Bluegreen.Tests.Release;

public sealed class ReleaseStrategyParserTests
{
    [Theory]
    [InlineData(null, ReleaseStrategyKind.AllAtOnce, new[] { 100 }, "all-at-once")]
    [InlineData("all-at-once", ReleaseStrategyKind.AllAtOnce, new[] { 100 }, "all-at-once")]
    [InlineData("canary", ReleaseStrategyKind.Canary, new[] { 10, 100 }, "canary:10,100")]
    [InlineData("canary:5,25,100", ReleaseStrategyKind.Canary, new[] { 5, 25, 100 }, "canary:5,25,100")]
    [InlineData("canary:5%,100%", ReleaseStrategyKind.Canary, new[] { 5, 100 }, "canary:5,100")]
    [InlineData("linear", ReleaseStrategyKind.Linear, new[] { 25, 50, 75, 100 }, "linear:25%")]
    [InlineData("linear:20%", ReleaseStrategyKind.Linear, new[] { 20, 40, 60, 80, 100 }, "linear:20%")]
    [InlineData("linear:30", ReleaseStrategyKind.Linear, new[] { 30, 60, 90, 100 }, "linear:30%")]
    public void Parse_ValidStrategy_GivesItsSteps(string? text, ReleaseStrategyKind kind, int[] steps, string name)
    {
        var parsed = ReleaseStrategyParser.Parse(text, bake: null);

        Assert.True(parsed.Succeeded, string.Join(" ", parsed.Errors));
        Assert.Equal(kind, parsed.Value.Kind);
        Assert.Equal(steps, parsed.Value.Steps);
        Assert.Equal(name, parsed.Value.Name);
        Assert.Equal(TimeSpan.FromMinutes(5), parsed.Value.Bake);
    }

    [Theory]
    [InlineData("30s", 30)]
    [InlineData("10m", 600)]
    [InlineData("1h", 3600)]
    [InlineData("1h30m", 5400)]
    [InlineData("2m15s", 135)]
    public void Parse_Bake_ReadsUnits(string bake, int seconds)
    {
        var parsed = ReleaseStrategyParser.Parse("canary", bake);

        Assert.Equal(TimeSpan.FromSeconds(seconds), parsed.Value!.Bake);
    }

    [Theory]
    [InlineData("blue-green", null, "--strategy 'blue-green' is not a strategy; use all-at-once, canary (or canary:<percent>,…,100, e.g. canary:10,100) or linear (or linear:<percent>%, e.g. linear:25%).")]
    [InlineData("all-at-once:100", null, "--strategy all-at-once takes no steps, but got 'all-at-once:100'; use all-at-once alone.")]
    [InlineData("canary:10,x,100", null, "--strategy canary:10,x,100: 'x' is not a percentage from 1 to 100; write the steps like canary:10,50,100.")]
    [InlineData("canary:10,150", null, "--strategy canary:10,150: '150' is not a percentage from 1 to 100; write the steps like canary:10,50,100.")]
    [InlineData("canary:100", null, "--strategy canary:100: a single step of 100% is the switch itself; use all-at-once, or add a smaller first step, e.g. canary:10,100.")]
    [InlineData("linear:0%", null, "--strategy linear:0%: the step must be a percentage from 1 to 99, e.g. linear:25%; for a single step use all-at-once.")]
    [InlineData("linear:100%", null, "--strategy linear:100%: the step must be a percentage from 1 to 99, e.g. linear:25%; for a single step use all-at-once.")]
    [InlineData("canary", "10", "--bake '10' is not a positive duration; give one such as 30s, 10m or 1h.")]
    [InlineData("canary", "0s", "--bake '0s' is not a positive duration; give one such as 30s, 10m or 1h.")]
    [InlineData("canary", "soon", "--bake 'soon' is not a positive duration; give one such as 30s, 10m or 1h.")]
    public void Parse_BadInput_SaysHowToFixIt(string strategy, string? bake, string error)
    {
        var parsed = ReleaseStrategyParser.Parse(strategy, bake);

        Assert.False(parsed.Succeeded);
        Assert.Equal([error], parsed.Errors);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        var parsed = ReleaseStrategyParser.Parse("canary:50,20", "-5m");

        Assert.Equal(
            [
                "--bake '-5m' is not a positive duration; give one such as 30s, 10m or 1h.",
                "--strategy canary:50,20: the steps must rise; write them in order, each larger than the one before, e.g. canary:10,50,100.",
                "--strategy canary:50,20: the last step must be 100 so that the release ends with all traffic; add 100, e.g. canary:50,20,100.",
            ],
            parsed.Errors);
    }

    [Theory]
    [InlineData(30, "30s")]
    [InlineData(90, "1m30s")]
    [InlineData(600, "10m")]
    [InlineData(5400, "1h30m")]
    [InlineData(0, "0s")]
    public void Format_ReadsBackTheSameDuration(int seconds, string text)
    {
        Assert.Equal(text, DurationText.Format(TimeSpan.FromSeconds(seconds)));
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationText.Parse(text));
    }
}
