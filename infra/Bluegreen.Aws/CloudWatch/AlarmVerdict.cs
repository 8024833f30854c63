namespace Bluegreen.Aws.CloudWatch;

/// <summary>
/// What a color's alarms say about a release. As CodeDeploy's alarm-based stop: an alarm in ALARM is a failure;
/// OK and INSUFFICIENT_DATA are not. An alarm asked for but not found is a failure too: a missing alarm cannot
/// watch anything, and passing silently would hide it.
/// </summary>
public sealed record AlarmVerdict(bool Failing, IReadOnlyList<AlarmState> InAlarm, IReadOnlyList<string> Missing, string Message)
{
    public static AlarmVerdict Evaluate(IReadOnlyList<string> askedFor, IReadOnlyList<AlarmState> states)
    {
        ArgumentNullException.ThrowIfNull(askedFor);
        ArgumentNullException.ThrowIfNull(states);
        var inAlarm = states.Where(state => state.InAlarm).ToList();
        var missing = askedFor.Where(name => states.All(state => state.Name != name)).ToList();
        var problems = new List<string>();
        if (inAlarm.Count > 0)
        {
            problems.Add("in ALARM: " + string.Join("; ", inAlarm.Select(state => $"{state.Name} ({state.StateReason})")));
        }

        if (missing.Count > 0)
        {
            problems.Add($"not found: {string.Join(", ", missing)} (run `bluegreen up` to create them)");
        }

        return problems.Count == 0
            ? new AlarmVerdict(false, [], [], $"{states.Count} alarm(s), none in ALARM.")
            : new AlarmVerdict(true, inAlarm, missing, "Alarms " + string.Join("; ", problems) + ".");
    }
}
