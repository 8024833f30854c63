using System.Text.Json;

namespace Bluegreen.Tests.Aws;

/// <summary>Every fixture is its operation's output shape as botocore's model declares it (see Aws/Fixtures/README.md).</summary>
public sealed class FixtureShapesTests
{
    [Theory]
    [InlineData("describe-target-health-ready.json", "elbv2", "DescribeTargetHealthOutput")]
    [InlineData("describe-target-health-mixed.json", "elbv2", "DescribeTargetHealthOutput")]
    [InlineData("describe-target-health-empty.json", "elbv2", "DescribeTargetHealthOutput")]
    [InlineData("describe-target-health-starting.json", "elbv2", "DescribeTargetHealthOutput")]
    [InlineData("describe-alarms.json", "cloudwatch", "DescribeAlarmsOutput")]
    [InlineData("get-metric-data.json", "cloudwatch", "GetMetricDataOutput")]
    [InlineData("get-metric-data-forbidden.json", "cloudwatch", "GetMetricDataOutput")]
    [InlineData("ecs-run-task.json", "ecs", "RunTaskResponse")]
    [InlineData("ecs-run-task-failure.json", "ecs", "RunTaskResponse")]
    [InlineData("ecs-describe-tasks-exit-0.json", "ecs", "DescribeTasksResponse")]
    [InlineData("ecs-describe-tasks-exit-3.json", "ecs", "DescribeTasksResponse")]
    [InlineData("ecs-describe-tasks-no-exit-code.json", "ecs", "DescribeTasksResponse")]
    public void Fixture_MatchesTheOutputShape(string fixture, string service, string shape)
    {
        var json = JsonDocument.Parse(File.ReadAllText(AwsScenario.Fixture(fixture))).RootElement;

        Assert.Empty(BotocoreShapes.Problems(service, shape, json));
    }

    [Fact]
    public void Checker_RejectsAMemberTheModelDoesNotHave()
    {
        var json = JsonDocument.Parse("""{"TargetHealthDescriptions": [{"TargetHealth": {"Status": "healthy"}}]}""").RootElement;

        Assert.Equal(
            ["$.TargetHealthDescriptions[0].TargetHealth.Status: TargetHealth has no such member"],
            BotocoreShapes.Problems("elbv2", "DescribeTargetHealthOutput", json));
    }

    [Fact]
    public void Checker_RejectsAValueOutsideTheEnum()
    {
        var json = JsonDocument.Parse("""{"TargetHealthDescriptions": [{"TargetHealth": {"State": "Healthy"}}]}""").RootElement;

        Assert.Equal(
            ["$.TargetHealthDescriptions[0].TargetHealth.State: 'Healthy' is not one of TargetHealthStateEnum's values"],
            BotocoreShapes.Problems("elbv2", "DescribeTargetHealthOutput", json));
    }
}
