using Bluegreen.Components;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Drill;

/// <summary>The record of one teardown-and-rebuild drill of the idle color, for any engine.</summary>
/// <param name="Color">The color that was (or would have been) torn down and rebuilt; null when preflight failed before it was known.</param>
/// <param name="Phases">Every phase in order; phases after a failure are listed as skipped.</param>
/// <param name="RecoverySeconds">Time from the start of teardown to the end of verify: how long the color was not usable.</param>
/// <param name="Message">Why the drill failed or was refused, naming the phase; a summary when it passed.</param>
internal sealed record DrillReport(
    string Stack,
    EngineKind Engine,
    DeploymentColor? Color,
    DateTimeOffset StartedAt,
    IReadOnlyList<DrillPhase> Phases,
    double RecoverySeconds,
    DrillResult Result,
    string Message);

/// <param name="Detail">What the phase checked or did, or why it failed.</param>
internal sealed record DrillPhase(string Name, DrillPhaseStatus Status, double DurationSeconds, string Detail);

internal enum DrillPhaseStatus
{
    Passed,
    Failed,
    Skipped,
}

internal enum DrillResult
{
    Passed,
    Failed,

    /// <summary>Aimed at the active color; nothing was touched.</summary>
    Refused,
}

/// <summary>Phase names shared by every engine.</summary>
internal static class DrillPhases
{
    public const string Preflight = "preflight";
    public const string Teardown = "teardown";
    public const string Rebuild = "rebuild";
    public const string Verify = "verify";

    public static readonly IReadOnlyList<string> All = [Preflight, Teardown, Rebuild, Verify];

    /// <summary>Phases during which the drilled color is down.</summary>
    public static readonly IReadOnlyList<string> Recovery = [Teardown, Rebuild, Verify];
}
