namespace Bluegreen.Agent.Supervision;

/// <summary>
/// How long to wait before restarting a process: <see cref="Initial"/>, doubling up to <see cref="Max"/>, and back to
/// <see cref="Initial"/> once a run stayed healthy for <see cref="ResetAfterHealthy"/>.
/// </summary>
internal sealed record BackoffPolicy(TimeSpan Initial, TimeSpan Max, TimeSpan ResetAfterHealthy)
{
    public static BackoffPolicy Default { get; } =
        new(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));

    /// <summary>
    /// The wait before the next attempt, given the wait used last time (null before the first failure) and how long
    /// the last run was healthy.
    /// </summary>
    public TimeSpan NextDelay(TimeSpan? previous, TimeSpan healthyFor)
    {
        if (previous is not { } last || healthyFor >= ResetAfterHealthy)
        {
            return Initial;
        }

        var doubled = last * 2;
        return doubled > Max ? Max : doubled;
    }
}
