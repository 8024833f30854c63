using Bluegreen.Aws;
using Bluegreen.Aws.LoadBalancing;

namespace Bluegreen.Tests.Aws;

public sealed class ColorHealthGateTests : IDisposable
{
    private readonly AwsScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task Check_EveryTargetGroupReady_Passes()
    {
        _scenario
            .Expect(AwsTestData.DescribeTargetHealth(), fixture: "describe-target-health-ready.json")
            .Expect(AwsTestData.DescribeTargetHealth(AwsTestData.ApiTargetGroup), fixture: "describe-target-health-ready.json");

        var verdict = await Check(new(AwsTestData.GreenTargetGroup, 2), new(AwsTestData.ApiTargetGroup, 2));

        _scenario.AssertAllCallsMade();
        Assert.True(verdict.Value!.Passed);
        Assert.Equal(
            "Target group shop-web-green: 2 healthy of 2 wanted (healthy 2, unhealthy 0, initial 0, draining 0). "
            + "Target group shop-api-green: 2 healthy of 2 wanted (healthy 2, unhealthy 0, initial 0, draining 0).",
            verdict.Value.Message);
    }

    [Fact]
    public async Task Check_OneEmptyTargetGroup_RefusesTheColorAndNamesIt()
    {
        _scenario
            .Expect(AwsTestData.DescribeTargetHealth(), fixture: "describe-target-health-ready.json")
            .Expect(AwsTestData.DescribeTargetHealth(AwsTestData.ApiTargetGroup), fixture: "describe-target-health-empty.json");

        var verdict = (await Check(new(AwsTestData.GreenTargetGroup, 2), new(AwsTestData.ApiTargetGroup, 2))).Value!;

        Assert.False(verdict.Passed);
        Assert.Equal([true, false], verdict.TargetGroups.Select(result => result.Passed));
        Assert.StartsWith("Target group shop-api-green may not receive traffic: it has no registered target", verdict.Message);
    }

    [Fact]
    public async Task Check_TargetGroupCannotBeRead_IsAFailureNotAPass()
    {
        _scenario.Expect(AwsTestData.DescribeTargetHealth(), exitCode: 254, stderr:
            "\nAn error occurred (AccessDenied) when calling the DescribeTargetHealth operation: not authorized\n");

        var result = await Check(new(AwsTestData.GreenTargetGroup, 2), new(AwsTestData.ApiTargetGroup, 2));

        _scenario.AssertAllCallsMade();
        Assert.Equal(AwsErrorKind.AccessDenied, result.Failure!.Kind);
    }

    private Task<AwsResult<ColorHealthVerdict>> Check(params TargetGroupService[] targetGroups) =>
        new ColorHealthGate(_scenario.Cli(), AwsScenario.Region).CheckAsync(targetGroups, CancellationToken.None);
}
