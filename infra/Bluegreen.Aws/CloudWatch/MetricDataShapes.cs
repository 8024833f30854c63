namespace Bluegreen.Aws.CloudWatch;

// Request and output shapes of `aws cloudwatch get-metric-data`, member names as in botocore
// botocore/data/cloudwatch/2010-08-01/service-2.json: MetricDataQuery { Id, MetricStat: MetricStat { Metric:
// Metric { Namespace, MetricName, Dimensions: [Dimension { Name, Value }] }, Period, Stat }, ReturnData } and
// GetMetricDataOutput { MetricDataResults: [MetricDataResult { Id, Label, Timestamps, Values, StatusCode,
// Messages }], NextToken, Messages }. StatusCode is one of Complete, InternalError, PartialData, Forbidden.

internal sealed record MetricDataQuery(string Id, MetricStat MetricStat, bool ReturnData);

internal sealed record MetricStat(Metric Metric, int Period, string Stat);

internal sealed record Metric(string Namespace, string MetricName, IReadOnlyList<Dimension> Dimensions);

internal sealed record Dimension(string Name, string Value);

internal sealed record GetMetricDataOutput(IReadOnlyList<MetricDataResult>? MetricDataResults, IReadOnlyList<MessageData>? Messages);

internal sealed record MetricDataResult(
    string Id,
    string? Label,
    IReadOnlyList<DateTimeOffset>? Timestamps,
    IReadOnlyList<double>? Values,
    string? StatusCode,
    IReadOnlyList<MessageData>? Messages);

internal sealed record MessageData(string? Code, string? Value);
