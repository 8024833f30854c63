using System.Globalization;
using System.Text.Json;
using Bluegreen.Aws.LoadBalancing;

namespace Bluegreen.Aws.CloudWatch;

/// <summary>
/// <c>aws cloudwatch get-metric-data</c> for request count, target 5xx count and p99 target response time of
/// target groups over one window. Names from the Elastic Load Balancing user guide ("CloudWatch metrics for your
/// Application Load Balancer"): namespace AWS/ApplicationELB, dimensions LoadBalancer and TargetGroup, statistics
/// Sum for the counts and p99 for TargetResponseTime (seconds). The load balancer publishes every 60 seconds and
/// only non-zero counts, so a missing data point is a zero count.
/// </summary>
public sealed class TargetGroupMetrics(IAwsCli cli, string? region)
{
    public const string Namespace = "AWS/ApplicationELB";

    private static readonly TimeSpan Resolution = TimeSpan.FromSeconds(60);

    private readonly AwsCommand _aws = new(cli, region);

    public IReadOnlyList<string> Arguments(string loadBalancerArn, IReadOnlyList<string> targetGroupArns, DateTimeOffset start, DateTimeOffset end) =>
        _aws.Arguments("cloudwatch", "get-metric-data", Parameters(loadBalancerArn, targetGroupArns, start, end));

    /// <param name="start">Inclusive, on a whole minute.</param>
    /// <param name="end">Exclusive, on a whole minute; the window is one period, so each query has at most one data point.</param>
    public async Task<AwsResult<IReadOnlyList<TargetGroupWindow>>> GetAsync(
        string loadBalancerArn,
        IReadOnlyList<string> targetGroupArns,
        DateTimeOffset start,
        DateTimeOffset end,
        CancellationToken cancellationToken)
    {
        var output = await _aws.RunJsonAsync<GetMetricDataOutput>(
            "cloudwatch", "get-metric-data", Parameters(loadBalancerArn, targetGroupArns, start, end), AwsJson.PascalCase, cancellationToken)
            .ConfigureAwait(false);
        if (!output.Succeeded)
        {
            return output.Failure;
        }

        var results = (output.Value.MetricDataResults ?? []).ToDictionary(result => result.Id, StringComparer.Ordinal);
        var incomplete = results.Values.FirstOrDefault(result => result.StatusCode is not null and not "Complete");
        if (incomplete is not null)
        {
            var messages = string.Join("; ", (incomplete.Messages ?? []).Select(message => $"{message.Code}: {message.Value}"));
            return new AwsFailure(
                incomplete.StatusCode == "Forbidden" ? AwsErrorKind.AccessDenied : AwsErrorKind.ServiceError,
                $"CloudWatch answered {incomplete.StatusCode} for {incomplete.Label ?? incomplete.Id}" + (messages.Length > 0 ? $" ({messages})." : "."),
                incomplete.StatusCode == "Forbidden"
                    ? "Allow cloudwatch:GetMetricData for the identity the CLI runs as."
                    : "Ask again for the same window; CloudWatch may not have all data points yet.");
        }

        IReadOnlyList<TargetGroupWindow> windows = targetGroupArns.Select((arn, i) => new TargetGroupWindow(
            arn,
            start,
            end,
            (long)Math.Round(Values(results, QueryId("requests", i)).Sum()),
            (long)Math.Round(Values(results, QueryId("errors", i)).Sum()),
            Values(results, QueryId("latency", i)) is { Count: > 0 } latency ? Math.Round(latency.Max() * 1000, 3) : null)).ToList();
        return new AwsResult<IReadOnlyList<TargetGroupWindow>>(windows);
    }

    private static IReadOnlyList<double> Values(Dictionary<string, MetricDataResult> results, string id) =>
        results.TryGetValue(id, out var result) ? result.Values ?? [] : [];

    private static string QueryId(string metric, int targetGroup) => $"{metric}_{targetGroup}";

    private static string[] Parameters(string loadBalancerArn, IReadOnlyList<string> targetGroupArns, DateTimeOffset start, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(targetGroupArns);
        if (targetGroupArns.Count == 0)
        {
            throw new ArgumentException("Name at least one target group to read metrics for.", nameof(targetGroupArns));
        }

        var window = end - start;
        if (window < Resolution || window.Ticks % Resolution.Ticks != 0 || start.Ticks % Resolution.Ticks != 0)
        {
            throw new ArgumentException(
                $"A metrics window must start on a whole minute and last a whole number of minutes; {Timestamp(start)} to {Timestamp(end)} does not.",
                nameof(end));
        }

        var loadBalancer = LoadBalancerArns.LoadBalancerDimension(loadBalancerArn);
        var period = (int)window.TotalSeconds;
        var queries = targetGroupArns.SelectMany((arn, i) =>
        {
            Dimension[] dimensions = [new("LoadBalancer", loadBalancer), new("TargetGroup", LoadBalancerArns.TargetGroupDimension(arn))];
            return new[]
            {
                new MetricDataQuery(QueryId("requests", i), new MetricStat(new Metric(Namespace, "RequestCount", dimensions), period, "Sum"), true),
                new MetricDataQuery(QueryId("errors", i), new MetricStat(new Metric(Namespace, "HTTPCode_Target_5XX_Count", dimensions), period, "Sum"), true),
                new MetricDataQuery(QueryId("latency", i), new MetricStat(new Metric(Namespace, "TargetResponseTime", dimensions), period, "p99"), true),
            };
        }).ToList();
        return
        [
            "--metric-data-queries", JsonSerializer.Serialize(queries, AwsJson.PascalCaseRequest),
            "--start-time", Timestamp(start),
            "--end-time", Timestamp(end),
        ];
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
