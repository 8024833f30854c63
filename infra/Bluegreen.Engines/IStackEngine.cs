using Bluegreen.Components;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Drill;

namespace Bluegreen.Engines;

/// <summary>
/// Everything the command line does to one stack, whatever realises it (Pulumi on AWS, or local processes).
/// An engine is bound to one stack. Outcomes a caller can act on come back as results; bad input and an
/// unusable environment throw <see cref="StackFailureException"/> with a named exit code, before anything changes.
/// </summary>
internal interface IStackEngine
{
    Task<UpResult> UpAsync(CancellationToken cancellationToken);

    Task<StatusResult> StatusAsync(CancellationToken cancellationToken);

    /// <summary>Moves production traffic to <paramref name="to"/>.</summary>
    /// <param name="force">Skip the readiness check of the target color, and re-apply when it is already active.</param>
    Task<TrafficSwitchResult> SwitchAsync(DeploymentColor to, bool force, CancellationToken cancellationToken);

    /// <summary>Switches back to the color that was live before the last switch (else the other color).</summary>
    Task<TrafficSwitchResult> RollbackAsync(CancellationToken cancellationToken);

    /// <summary>Gives the idle color a new version; production traffic stays where it is.</summary>
    Task<DeployResult> DeployAsync(string version, CancellationToken cancellationToken);

    Task<DownResult> DownAsync(bool purge, CancellationToken cancellationToken);

    Task<DriftReport> DetectDriftAsync(DriftOptions options, CancellationToken cancellationToken);

    /// <summary>Tears down and rebuilds one color; <paramref name="color"/> null means the idle one.</summary>
    Task<DrillReport> DrillAsync(DeploymentColor? color, CancellationToken cancellationToken);
}
