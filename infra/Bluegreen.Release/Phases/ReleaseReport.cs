using Bluegreen.Release.Analysis;

namespace Bluegreen.Release.Phases;

public enum DecisionKind
{
    /// <summary>Move on: to the next traffic step, or to promotion after the last bake.</summary>
    Proceed,

    /// <summary>Put production back on the old color.</summary>
    RollBack,

    /// <summary>End the release before any production traffic moved (deploy unhealthy, verification failed).</summary>
    Stop,
}

/// <summary>A decision the release took by itself, with the figures behind it.</summary>
/// <param name="TrafficPercent">The new color's share of production traffic when the decision was taken.</param>
/// <param name="Analysis">The bake analysis that decided, with the baseline and every interval's figures.</param>
/// <param name="Evidence">Other evidence, one line each: alarms in ALARM on AWS, failed checks, unhealthy target groups.</param>
public sealed record AutomaticDecision(
    DecisionKind Kind,
    ReleasePhase Phase,
    DateTimeOffset At,
    string Reason,
    int? TrafficPercent = null,
    AnalysisVerdict? Analysis = null,
    IReadOnlyList<string>? Evidence = null);

/// <summary>The whole story of one release: what was asked, each phase as it ran, and every automatic decision.</summary>
/// <param name="FromColor">The color live before the release ("blue" or "green").</param>
/// <param name="ToColor">The color the version went to.</param>
/// <param name="Strategy">As <c>--strategy</c> reads it back, e.g. <c>canary:10,100</c>.</param>
/// <param name="Reason">The user's <c>--reason</c>, when given.</param>
public sealed record ReleaseReport(
    string Stack,
    string Version,
    string FromColor,
    string ToColor,
    string Strategy,
    TimeSpan Bake,
    AnalysisLimits Limits,
    ReleaseOutcome Outcome,
    string Message,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    IReadOnlyList<PhaseRecord> Phases,
    IReadOnlyList<AutomaticDecision> Decisions,
    string? Reason = null)
{
    public double DurationSeconds => Math.Round((EndedAt - StartedAt).TotalSeconds, 3);
}
