namespace Bluegreen.Aws.CloudWatch;

/// <summary>One alarm's state as <c>describe-alarms</c> reported it.</summary>
/// <param name="Type"><c>MetricAlarm</c> or <c>CompositeAlarm</c>.</param>
/// <param name="StateValue">OK, ALARM or INSUFFICIENT_DATA (botocore's StateValue enum).</param>
public sealed record AlarmState(string Name, string Type, string StateValue, string? StateReason, DateTimeOffset? StateUpdatedTimestamp)
{
    public const string Alarm = "ALARM";

    public bool InAlarm => StateValue == Alarm;
}
