using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Drill;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Cli;

/// <summary>The exit code a verb returns for each engine result.</summary>
internal static class EngineExitCodes
{
    public static int For(DriftReport report) => report.Status switch
    {
        DriftStatus.NoDrift => ExitCodes.Success,
        DriftStatus.CouldNotCheck => ExitCodes.CouldNotCheck,
        _ => report.Remediation?.Status switch
        {
            RemediationStatus.Applied => ExitCodes.Success,
            RemediationStatus.Failed => report.Engine == EngineKind.Aws ? ExitCodes.PulumiFailed : ExitCodes.UnexpectedError,
            _ => ExitCodes.DriftFound,
        },
    };

    public static int For(DrillReport report) => report.Result switch
    {
        DrillResult.Passed => ExitCodes.Success,
        DrillResult.Refused => ExitCodes.DrillRefused,
        _ => ExitCodes.DrillFailed,
    };

    /// <summary>For up, switch, rollback and deploy.</summary>
    public static int For(EngineKind engine, OperationResult result) => result switch
    {
        OperationResult.Succeeded or OperationResult.Unchanged => ExitCodes.Success,
        OperationResult.Refused => ExitCodes.TargetNotHealthy,
        _ => engine == EngineKind.Aws ? ExitCodes.PulumiFailed : ExitCodes.UnexpectedError,
    };
}
