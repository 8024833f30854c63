using System.Text.Json;
using Bluegreen.Aws;
using Bluegreen.Aws.CloudWatch;

namespace Bluegreen.Tests.Aws;

public sealed class TargetGroupMetricsTests : IDisposable
{
    private const string LoadBalancer = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/shop/50dc6c495c0c9188";
    private const string Blue = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web-blue/1a2b3c4d5e6f7a8b";
    private const string Green = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web-green/73e2d6bc24d8a067";

    private static readonly DateTimeOffset Start = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddMinutes(1);

    private readonly AwsScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public void Arguments_AskForThreeMetricsPerTargetGroupOverOnePeriod()
    {
        var args = Metrics().Arguments(LoadBalancer, [Blue], Start, End);

        Assert.Equal(
            [
                "cloudwatch", "get-metric-data", "--metric-data-queries",
                """[{"Id":"requests_0","MetricStat":{"Metric":{"Namespace":"AWS/ApplicationELB","MetricName":"RequestCount","Dimensions":[{"Name":"LoadBalancer","Value":"app/shop/50dc6c495c0c9188"},{"Name":"TargetGroup","Value":"targetgroup/shop-web-blue/1a2b3c4d5e6f7a8b"}]},"Period":60,"Stat":"Sum"},"ReturnData":true},"""
                + """{"Id":"errors_0","MetricStat":{"Metric":{"Namespace":"AWS/ApplicationELB","MetricName":"HTTPCode_Target_5XX_Count","Dimensions":[{"Name":"LoadBalancer","Value":"app/shop/50dc6c495c0c9188"},{"Name":"TargetGroup","Value":"targetgroup/shop-web-blue/1a2b3c4d5e6f7a8b"}]},"Period":60,"Stat":"Sum"},"ReturnData":true},"""
                + """{"Id":"latency_0","MetricStat":{"Metric":{"Namespace":"AWS/ApplicationELB","MetricName":"TargetResponseTime","Dimensions":[{"Name":"LoadBalancer","Value":"app/shop/50dc6c495c0c9188"},{"Name":"TargetGroup","Value":"targetgroup/shop-web-blue/1a2b3c4d5e6f7a8b"}]},"Period":60,"Stat":"p99"},"ReturnData":true}]""",
                "--start-time", "2026-11-02T10:00:00Z", "--end-time", "2026-11-02T10:01:00Z", "--output", "json", "--region", "eu-west-1",
            ],
            args);
    }

    [Fact]
    public void Arguments_QueriesAreTheModelsMetricDataQueryShape()
    {
        var queries = JsonDocument.Parse(Metrics().Arguments(LoadBalancer, [Blue, Green], Start, Start.AddMinutes(5))[3]).RootElement;

        Assert.Equal(6, queries.GetArrayLength());
        Assert.All(queries.EnumerateArray(), query => Assert.Empty(BotocoreShapes.Problems("cloudwatch", "MetricDataQuery", query)));
        Assert.All(queries.EnumerateArray(), query => Assert.Equal(300, query.GetProperty("MetricStat").GetProperty("Period").GetInt32()));
    }

    [Fact]
    public async Task Get_ReadsCountsAndP99PerTargetGroup_MissingCountsAreZero()
    {
        _scenario.Expect(Metrics().Arguments(LoadBalancer, [Blue, Green], Start, End), fixture: "get-metric-data.json");

        var result = await Metrics().GetAsync(LoadBalancer, [Blue, Green], Start, End, CancellationToken.None);

        _scenario.AssertAllCallsMade();
        Assert.Equal(
            [
                new TargetGroupWindow(Blue, Start, End, 5400, 27, 183.5),
                new TargetGroupWindow(Green, Start, End, 600, 0, 210.4),
            ],
            result.Value);
    }

    [Fact]
    public async Task Get_ForbiddenQuery_IsAccessDenied()
    {
        _scenario.Expect(Metrics().Arguments(LoadBalancer, [Blue], Start, End), fixture: "get-metric-data-forbidden.json");

        var result = await Metrics().GetAsync(LoadBalancer, [Blue], Start, End, CancellationToken.None);

        Assert.Equal(AwsErrorKind.AccessDenied, result.Failure!.Kind);
        Assert.Equal("CloudWatch answered Forbidden for RequestCount (Forbidden: Insufficient permissions to access the requested metric).", result.Failure.Message);
        Assert.Equal("Allow cloudwatch:GetMetricData for the identity the CLI runs as.", result.Failure.Fix);
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(15, 60)]
    [InlineData(0, 90)]
    public void Arguments_WindowNotOnWholeMinutes_IsRefused(int startSecond, int lengthSeconds)
    {
        var start = Start.AddSeconds(startSecond);

        var failure = Assert.Throws<ArgumentException>(() => Metrics().Arguments(LoadBalancer, [Blue], start, start.AddSeconds(lengthSeconds)));

        Assert.StartsWith("A metrics window must start on a whole minute and last a whole number of minutes;", failure.Message);
    }

    private TargetGroupMetrics Metrics() => new(_scenario.Cli(), AwsScenario.Region);
}
