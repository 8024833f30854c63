using Bluegreen.Components;

namespace Bluegreen.Engines.Drill;

/// <summary>Which color a drill works on, and the refusal every engine gives when that is the active color.</summary>
internal static class DrillTarget
{
    /// <summary>The requested color, else the idle one.</summary>
    public static DeploymentColor Of(DeploymentColor? requested, DeploymentColor active) => requested ?? active.Other();

    /// <summary>Null when <paramref name="color"/> is idle; otherwise why the drill does not touch it.</summary>
    /// <param name="stackOption">Shown in the switch command, e.g. "--stack local "; empty when the stack is implied.</param>
    public static PhaseOutcome? Refusal(DeploymentColor color, DeploymentColor active, string stackOption = "") => color != active
        ? null
        : PhaseOutcome.Fail(
            $"{color.Name()} is the active color; a drill only tears down the idle color. "
            + $"Switch first with `bluegreen switch {stackOption}--to {color.Other().Name()}`, then drill {color.Name()}.");

    /// <summary>The drill's result and message from its phases.</summary>
    /// <param name="afterFailure">Appended to the message of a failed drill, e.g. how to repair.</param>
    public static (DrillResult Result, string Message) Verdict(DrillPhaseRecorder recorder, bool refused, DeploymentColor? color, string afterFailure = "") =>
        recorder.Failure switch
        {
            { } failed when refused => (DrillResult.Refused, failed.Detail),
            { } failed => (DrillResult.Failed, $"{failed.Name} failed: {failed.Detail}{afterFailure}"),
            null => (DrillResult.Passed, $"{color?.Name()} was torn down and rebuilt; recovery took {recorder.RecoverySeconds:0.###} s."),
        };
}
