namespace Bluegreen.Aws.CloudWatch;

// The output shape of `aws cloudwatch describe-alarms`, member names as in botocore
// botocore/data/cloudwatch/2010-08-01/service-2.json: DescribeAlarmsOutput { MetricAlarms: [MetricAlarm],
// CompositeAlarms: [CompositeAlarm], LogAlarms, NextToken }. StateValue is one of OK, ALARM, INSUFFICIENT_DATA.
// Only the members bluegreen reads are declared; MetricAlarm and CompositeAlarm share them.

internal sealed record DescribeAlarmsOutput(IReadOnlyList<AlarmMembers>? MetricAlarms, IReadOnlyList<AlarmMembers>? CompositeAlarms);

internal sealed record AlarmMembers(string AlarmName, string? StateValue, string? StateReason, DateTimeOffset? StateUpdatedTimestamp);
