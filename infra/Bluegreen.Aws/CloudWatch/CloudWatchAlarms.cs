namespace Bluegreen.Aws.CloudWatch;

/// <summary><c>aws cloudwatch describe-alarms</c> for a color's alarms, by name.</summary>
public sealed class CloudWatchAlarms(IAwsCli cli, string? region)
{
    /// <summary>The API's limit on <c>AlarmNames</c> (botocore: AlarmNames "max": 100).</summary>
    public const int MaxNames = 100;

    private readonly AwsCommand _aws = new(cli, region);

    public IReadOnlyList<string> Arguments(IReadOnlyList<string> alarmNames) =>
        _aws.Arguments("cloudwatch", "describe-alarms", Parameters(alarmNames));

    /// <remarks>
    /// Asks for metric and composite alarms: without <c>--alarm-types</c> the operation returns metric alarms only
    /// (DescribeAlarmsInput.AlarmTypes documentation).
    /// </remarks>
    public async Task<AwsResult<IReadOnlyList<AlarmState>>> DescribeAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken)
    {
        var output = await _aws.RunJsonAsync<DescribeAlarmsOutput>(
            "cloudwatch", "describe-alarms", Parameters(alarmNames), AwsJson.PascalCase, cancellationToken).ConfigureAwait(false);
        if (!output.Succeeded)
        {
            return output.Failure;
        }

        IReadOnlyList<AlarmState> states =
        [
            .. States(output.Value.MetricAlarms, "MetricAlarm"),
            .. States(output.Value.CompositeAlarms, "CompositeAlarm"),
        ];
        return new AwsResult<IReadOnlyList<AlarmState>>(states);
    }

    private static IEnumerable<AlarmState> States(IReadOnlyList<AlarmMembers>? alarms, string type) =>
        (alarms ?? []).Select(alarm => new AlarmState(
            alarm.AlarmName, type, alarm.StateValue ?? "INSUFFICIENT_DATA", alarm.StateReason, alarm.StateUpdatedTimestamp));

    private static string[] Parameters(IReadOnlyList<string> alarmNames)
    {
        ArgumentNullException.ThrowIfNull(alarmNames);
        if (alarmNames.Count is 0 or > MaxNames)
        {
            throw new ArgumentException($"Ask for 1 to {MaxNames} alarms at a time; {alarmNames.Count} were given.", nameof(alarmNames));
        }

        return ["--alarm-names", .. alarmNames, "--alarm-types", "MetricAlarm", "CompositeAlarm"];
    }
}
