using Bluegreen.Aws.LoadBalancing;

namespace Bluegreen.Tests.Aws;

public sealed class TargetGroupHealthGateTests
{
    private const string Arn = "arn:aws:elbv2:eu-west-1:123456789012:targetgroup/shop-web-green/73e2d6bc24d8a067";

    [Theory]
    [InlineData(2, 0, 0, 2, true)]
    [InlineData(3, 0, 0, 2, true)]
    [InlineData(2, 0, 1, 2, true)]
    [InlineData(1, 0, 1, 2, false)]
    [InlineData(0, 0, 0, 2, false)]
    [InlineData(0, 2, 0, 2, false)]
    [InlineData(2, 1, 0, 2, false)]
    [InlineData(2, 0, 0, 0, false)]
    public void Evaluate_PassesOnlyWithEnoughHealthyAndNoUnhealthyTargets(int healthy, int unhealthy, int initial, int desired, bool passes)
    {
        var result = TargetGroupHealthGate.Evaluate(Counts(healthy, unhealthy, initial), desired);

        Assert.Equal(passes, result.Passed);
    }

    [Fact]
    public void Evaluate_EmptyTargetGroup_NeverReceivesTraffic()
    {
        var result = TargetGroupHealthGate.Evaluate(Counts(0, 0, 0), desiredCount: 2);

        Assert.Equal(
            "Target group shop-web-green may not receive traffic: it has no registered target (healthy 0, unhealthy 0, initial 0, "
            + "draining 0; 2 wanted). An empty or unhealthy target group never receives traffic. Wait for the tasks to pass the health check.",
            result.Message);
    }

    [Fact]
    public void Evaluate_UnhealthyTarget_NamesItAndItsReason()
    {
        var counts = Counts(1, 1, 0) with
        {
            Targets = [new TargetState("10.0.2.41", 8080, "unhealthy", "Target.Timeout", "Request timed out")],
        };

        var result = TargetGroupHealthGate.Evaluate(counts, desiredCount: 2);

        Assert.Equal(
            "Target group shop-web-green may not receive traffic: 1 of its targets are unhealthy (healthy 1, unhealthy 1, initial 0, "
            + "draining 0; 2 wanted). Wait for ECS to replace them, or look at why they fail: 10.0.2.41: Target.Timeout (Request timed out).",
            result.Message);
    }

    [Fact]
    public void Evaluate_TooFewHealthy_GivesBothCounts()
    {
        var result = TargetGroupHealthGate.Evaluate(Counts(1, 0, 1), desiredCount: 2);

        Assert.Equal(
            "Target group shop-web-green may not receive traffic: only 1 of 2 wanted targets are healthy (healthy 1, unhealthy 0, "
            + "initial 1, draining 0). Wait for the remaining tasks to pass the health check.",
            result.Message);
    }

    [Fact]
    public void Evaluate_DesiredCountZero_AsksToScaleUp()
    {
        var result = TargetGroupHealthGate.Evaluate(Counts(0, 0, 0), desiredCount: 0);

        Assert.Equal(
            "Target group shop-web-green may not receive traffic: its service wants 0 tasks, so the color has nothing to serve "
            + "traffic with. Scale the service to at least 1 task before moving traffic to it.",
            result.Message);
    }

    [Fact]
    public void Evaluate_Ready_SaysHowMany()
    {
        var result = TargetGroupHealthGate.Evaluate(Counts(2, 0, 0), desiredCount: 2);

        Assert.Equal("Target group shop-web-green: 2 healthy of 2 wanted (healthy 2, unhealthy 0, initial 0, draining 0).", result.Message);
    }

    [Fact]
    public void EvaluateAll_JudgesEveryTargetGroup()
    {
        var api = Counts(2, 0, 0) with { TargetGroupArn = Arn.Replace("shop-web-green", "shop-api-green", StringComparison.Ordinal) };

        var results = TargetGroupHealthGate.EvaluateAll([(Counts(0, 0, 0), 2), (api, 2)]);

        Assert.Equal([false, true], results.Select(result => result.Passed));
    }

    private static TargetHealthCounts Counts(int healthy, int unhealthy, int initial) =>
        new(Arn, healthy, unhealthy, initial, Draining: 0, Other: 0, Targets: []);
}
