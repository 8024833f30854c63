using Bluegreen.Aws.CloudWatch;

namespace Bluegreen.Tests.Aws;

public sealed class CloudWatchAlarmsTests : IDisposable
{
    private static readonly string[] Names = ["shop-green-target-5xx", "shop-green-target-p99", "shop-green-release"];

    private readonly AwsScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task Describe_AsksForMetricAndCompositeAlarmsByName()
    {
        _scenario.Expect(
            ["cloudwatch", "describe-alarms", "--alarm-names", "shop-green-target-5xx", "shop-green-target-p99", "shop-green-release",
             "--alarm-types", "MetricAlarm", "CompositeAlarm", "--output", "json", "--region", "eu-west-1"],
            fixture: "describe-alarms.json");

        var result = await new CloudWatchAlarms(_scenario.Cli(), AwsScenario.Region).DescribeAsync(Names, CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal(
            [
                ("shop-green-target-5xx", "MetricAlarm", "ALARM", new DateTimeOffset(2026, 11, 2, 10, 5, 12, 345, TimeSpan.Zero)),
                ("shop-green-target-p99", "MetricAlarm", "OK", new DateTimeOffset(2026, 11, 2, 9, 58, 1, 2, TimeSpan.Zero)),
                ("shop-green-release", "CompositeAlarm", "INSUFFICIENT_DATA", new DateTimeOffset(2026, 11, 2, 9, 40, 0, TimeSpan.Zero)),
            ],
            result.Value!.Select(alarm => (alarm.Name, alarm.Type, alarm.StateValue, alarm.StateUpdatedTimestamp!.Value)));
    }

    [Fact]
    public async Task Describe_ThenVerdict_FailsOnTheAlarmInAlarmWithItsReason()
    {
        _scenario.Expect(new CloudWatchAlarms(_scenario.Cli(), AwsScenario.Region).Arguments(Names), fixture: "describe-alarms.json");
        var states = await new CloudWatchAlarms(_scenario.Cli(), AwsScenario.Region).DescribeAsync(Names, CancellationToken.None);

        var verdict = AlarmVerdict.Evaluate(Names, states.Value!);

        Assert.True(verdict.Failing);
        Assert.Equal(["shop-green-target-5xx"], verdict.InAlarm.Select(alarm => alarm.Name));
        Assert.Equal(
            "Alarms in ALARM: shop-green-target-5xx (Threshold Crossed: 1 out of the last 1 datapoints [12.0 (02/11/26 10:04:00)] was "
            + "greater than the threshold (5.0) (minimum 1 datapoint for OK -> ALARM transition).).",
            verdict.Message);
    }

    [Theory]
    [InlineData("OK", "INSUFFICIENT_DATA", false)]
    [InlineData("OK", "OK", false)]
    [InlineData("ALARM", "OK", true)]
    [InlineData("OK", "ALARM", true)]
    public void Verdict_OnlyAlarmFails(string first, string second, bool failing)
    {
        var verdict = AlarmVerdict.Evaluate(["a", "b"], [State("a", first), State("b", second)]);

        Assert.Equal(failing, verdict.Failing);
    }

    [Fact]
    public void Verdict_AlarmNotFound_FailsAndSaysHowToCreateIt()
    {
        var verdict = AlarmVerdict.Evaluate(["a", "b"], [State("a", "OK")]);

        Assert.True(verdict.Failing);
        Assert.Equal(["b"], verdict.Missing);
        Assert.Equal("Alarms not found: b (run `bluegreen up` to create them).", verdict.Message);
    }

    [Fact]
    public void Verdict_AllQuiet_SaysHowManyWereRead()
    {
        var verdict = AlarmVerdict.Evaluate(["a", "b"], [State("a", "OK"), State("b", "INSUFFICIENT_DATA")]);

        Assert.Equal("2 alarm(s), none in ALARM.", verdict.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Describe_OutsideTheApiLimit_IsRefusedBeforeAnyCall(int count)
    {
        var names = Enumerable.Range(0, count).Select(i => $"alarm-{i}").ToList();

        var failure = Assert.Throws<ArgumentException>(() => new CloudWatchAlarms(_scenario.Cli(), AwsScenario.Region).Arguments(names));

        Assert.StartsWith($"Ask for 1 to 100 alarms at a time; {count} were given.", failure.Message);
    }

    private static AlarmState State(string name, string value) => new(name, "MetricAlarm", value, "reason", null);
}
