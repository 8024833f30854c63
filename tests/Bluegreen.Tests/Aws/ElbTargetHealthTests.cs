using Bluegreen.Aws.LoadBalancing;

namespace Bluegreen.Tests.Aws;

public sealed class ElbTargetHealthTests : IDisposable
{
    private const string Arn = AwsTestData.GreenTargetGroup;

    private static readonly string[] DescribeArgs = AwsTestData.DescribeTargetHealth();

    private readonly AwsScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task Describe_PassesExactArgumentsWithPagerAndPromptOff()
    {
        _scenario.Expect(DescribeArgs, fixture: "describe-target-health-ready.json");

        await Describe();

        _scenario.AssertAllCallsMade();
        Assert.Equal([""], _scenario.Recorded("pager"));
        Assert.Equal(["off"], _scenario.Recorded("autoPrompt"));
    }

    [Theory]
    [InlineData("describe-target-health-ready.json", 2, 0, 0, 0, 2)]
    [InlineData("describe-target-health-mixed.json", 1, 1, 1, 1, 4)]
    [InlineData("describe-target-health-empty.json", 0, 0, 0, 0, 0)]
    [InlineData("describe-target-health-starting.json", 1, 0, 1, 0, 2)]
    public async Task Describe_CountsTargetsByState(string fixture, int healthy, int unhealthy, int initial, int draining, int total)
    {
        _scenario.Expect(DescribeArgs, fixture: fixture);

        var counts = await Describe();

        Assert.Equal((healthy, unhealthy, initial, draining, total), (counts.Healthy, counts.Unhealthy, counts.Initial, counts.Draining, counts.Total));
        Assert.Equal(Arn, counts.TargetGroupArn);
    }

    [Fact]
    public async Task Describe_KeepsEachTargetsReason()
    {
        _scenario.Expect(DescribeArgs, fixture: "describe-target-health-mixed.json");

        var counts = await Describe();

        Assert.Equal(
            [
                new TargetState("10.0.1.17", 8080, "healthy", null, null),
                new TargetState("10.0.2.41", 8080, "unhealthy", "Target.ResponseCodeMismatch", "Health checks failed with these codes: [500]"),
                new TargetState("10.0.1.88", 8080, "initial", "Elb.InitialHealthChecking", "Initial health checking in progress"),
                new TargetState("10.0.2.9", 8080, "draining", "Target.DeregistrationInProgress", "Target deregistration is in progress"),
            ],
            counts.Targets);
    }

    private async Task<TargetHealthCounts> Describe()
    {
        var result = await new ElbTargetHealth(_scenario.Cli(), AwsScenario.Region).DescribeAsync(Arn, CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return result.Value;
    }
}
