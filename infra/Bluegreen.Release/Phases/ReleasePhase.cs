namespace Bluegreen.Release.Phases;

/// <summary>The steps of a release, in order; <see cref="Shift"/> and <see cref="Bake"/> repeat once per traffic step.</summary>
public enum ReleasePhase
{
    /// <summary>Lock, drift on traffic resources, the plan touches only the idle color, the cooldown.</summary>
    Preflight,

    /// <summary>The idle color runs the version and is healthy.</summary>
    Deploy,

    /// <summary>Checks through the test listener and the user's verify command.</summary>
    Verify,

    /// <summary>The active color's figures over the last interval.</summary>
    Baseline,

    /// <summary>Traffic moves to the next step's share.</summary>
    Shift,

    /// <summary>The new color is watched at this step's share.</summary>
    Bake,

    /// <summary>Promotion, or production back on the old color.</summary>
    Finish,
}

public enum PhaseStatus
{
    Succeeded,
    Failed,

    /// <summary>A safety check said no; nothing was changed.</summary>
    Refused,

    /// <summary>Cut short by <c>release --abort</c> or Ctrl-C.</summary>
    Aborted,
}

/// <summary>How a whole release ended.</summary>
public enum ReleaseOutcome
{
    /// <summary>The new color serves all production traffic; the old one stays warm and idle for <c>rollback</c>.</summary>
    Promoted,

    /// <summary>Production went back to the old color by an automatic decision.</summary>
    RolledBack,

    /// <summary>Production went back to the old color because a person asked.</summary>
    Aborted,

    /// <summary>The release failed before any production traffic reached the new color; production was not touched.</summary>
    Stopped,

    /// <summary>Preflight said no; nothing was changed.</summary>
    Refused,
}

/// <summary>One phase as it ran.</summary>
/// <param name="TrafficPercent">For shift and bake: the new color's share of production traffic at this step.</param>
public sealed record PhaseRecord(
    ReleasePhase Phase,
    PhaseStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    double DurationSeconds,
    string Message,
    int? TrafficPercent = null);
