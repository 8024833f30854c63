using Bluegreen.Components;
using Bluegreen.Engines.Drill;
using Bluegreen.Engines.Pulumi.Drift;
using Bluegreen.Engines.Pulumi.Driver;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Pulumi.Drill;

/// <summary>
/// Tears down the idle color of a Pulumi stack and rebuilds it, timing each phase. The one URN passed to
/// <c>--target</c> is the idle ColorEnvironment's, read from <c>pulumi stack export</c>, never built by hand; the
/// teardown is previewed first: if it would delete anything but the idle color, the drill stops before changing anything.
/// </summary>
/// <remarks>
/// Every command targets the component with <c>--target-dependents</c>, which reaches all of its children: on destroy,
/// pulumi/pulumi step_generator.go <c>getTargetDependents</c> follows <c>DependingOn(..., includeChildren=true)</c>; on
/// up, <c>isTargetedForUpdate</c> targets a resource when any entry of <c>State.GetAllDependencies</c> (which lists the
/// Parent first) is already targeted. Children are not listed one by one: after the teardown a listed URN that the code
/// no longer declares is neither old nor new, and deployment_executor.go <c>checkTargets</c> fails the whole up.
/// </remarks>
internal sealed class PulumiDrillRunner(PulumiStack stack, TimeProvider time)
{
    public async Task<DrillReport> RunAsync(DeploymentColor? requested, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var recorder = new DrillPhaseRecorder(time);
        var run = new DrillRun(stack, requested);
        await recorder.RunAsync(DrillPhases.Preflight, token => Guarded(run.PreflightAsync, token), cancellationToken);
        await recorder.RunAsync(DrillPhases.Teardown, token => Guarded(run.TeardownAsync, token), cancellationToken);
        await recorder.RunAsync(DrillPhases.Rebuild, token => Guarded(run.RebuildAsync, token), cancellationToken);
        await recorder.RunAsync(DrillPhases.Verify, token => Guarded(run.VerifyAsync, token), cancellationToken);

        var (result, message) = DrillTarget.Verdict(recorder, run.Refused, run.Color);
        return new DrillReport(stack.Name, EngineKind.Aws, run.Color, startedAt, recorder.Phases, recorder.RecoverySeconds, result, message);
    }

    private static async Task<PhaseOutcome> Guarded(Func<CancellationToken, Task<PhaseOutcome>> phase, CancellationToken cancellationToken)
    {
        try
        {
            return await phase(cancellationToken);
        }
        catch (PulumiOutputException unreadable)
        {
            return PhaseOutcome.Fail(unreadable.Message);
        }
    }

    /// <summary>The state one drill carries from phase to phase.</summary>
    private sealed class DrillRun(PulumiStack stack, DeploymentColor? requested)
    {
        private readonly DeploymentColor? _requested = requested;

        private PulumiUrn? _component;

        /// <summary>The component and its children as the state held them before the teardown.</summary>
        private IReadOnlyList<PulumiUrn> _before = [];

        public DeploymentColor? Color { get; private set; } = requested;

        public bool Refused { get; private set; }

        public async Task<PhaseOutcome> PreflightAsync(CancellationToken cancellationToken)
        {
            var active = await stack.ActiveColorAsync(cancellationToken);
            var color = DrillTarget.Of(_requested, active);
            Color = color;
            if (DrillTarget.Refusal(color, active) is { } refusal)
            {
                Refused = true;
                return refusal;
            }

            var export = await stack.ExportAsync(cancellationToken);
            var missing = DeploymentColors.All.Where(c => export.ColorEnvironment(c) is null).Select(c => c.Name()).ToList();
            if (missing.Count > 0)
            {
                return PhaseOutcome.Fail(
                    $"the state has no ColorEnvironment named {string.Join(" or ", missing)}; deploy the stack with `bluegreen up` first.");
            }

            if (export.PendingOperations.Count > 0)
            {
                var pending = string.Join(", ", export.PendingOperations.Select(operation => $"{operation.Operation} {operation.Urn.Name}"));
                return PhaseOutcome.Fail(
                    $"the state has pending operations from an interrupted update ({pending}). Resolve them with "
                    + $"`pulumi refresh --clear-pending-creates --stack {stack.Name}` or `pulumi cancel`, then drill again.");
            }

            _component = export.ColorEnvironment(color)!.Urn;
            _before = [_component, .. export.ChildrenOf(color).Select(child => child.Urn)];
            return await PreviewTeardownAsync(color, active, cancellationToken);
        }

        public async Task<PhaseOutcome> TeardownAsync(CancellationToken cancellationToken)
        {
            var destroy = await stack.OperationAsync(["destroy", .. TargetArguments(), "--yes", "--json"], cancellationToken);
            return destroy.Succeeded
                ? PhaseOutcome.Pass($"deleted {Count(destroy, PulumiOps.Delete)} resources")
                : PhaseOutcome.Fail($"pulumi destroy failed: {destroy.FailureReason}");
        }

        public async Task<PhaseOutcome> RebuildAsync(CancellationToken cancellationToken)
        {
            var up = await stack.OperationAsync(["up", .. TargetArguments(), "--yes", "--json"], cancellationToken);
            return up.Succeeded
                ? PhaseOutcome.Pass($"created {Count(up, PulumiOps.Create)} resources")
                : PhaseOutcome.Fail($"pulumi up failed: {up.FailureReason}");
        }

        public async Task<PhaseOutcome> VerifyAsync(CancellationToken cancellationToken)
        {
            var color = Color!.Value;
            var preview = await stack.OperationAsync(PulumiDriftDetector.CodeCheck, cancellationToken);
            if (!preview.Output.HasJson || preview.Output.Errors.Any())
            {
                return PhaseOutcome.Fail($"pulumi preview failed: {preview.FailureReason}");
            }

            var pending = PulumiChanges.From(preview.Output).Where(change => change.Color == ResourceOwners.Of(color)).ToList();
            if (pending.Count > 0)
            {
                return PhaseOutcome.Fail(
                    $"preview still shows changes for {color.Name()}: {string.Join(", ", pending.Select(change => $"{change.Operation} {change.Resource}"))}");
            }

            var export = await stack.ExportAsync(cancellationToken);
            var absent = _before.Where(urn => export.Resources.All(resource => resource.Urn != urn)).ToList();
            if (absent.Contains(_component!))
            {
                return PhaseOutcome.Fail($"not back in state: {string.Join(", ", absent.Select(urn => urn.Name))}");
            }

            // The preview above is clean for this color, so a child that did not come back is one the code no longer declares.
            return absent.Count == 0
                ? PhaseOutcome.Pass($"preview shows no changes for {color.Name()}; all {_before.Count} of its resources are back in state")
                : PhaseOutcome.Pass(
                    $"preview shows no changes for {color.Name()}; {_before.Count - absent.Count} of its {_before.Count} resources are back in state; "
                    + $"the code no longer declares {string.Join(", ", absent.Select(urn => urn.Name))}");
        }

        private async Task<PhaseOutcome> PreviewTeardownAsync(DeploymentColor color, DeploymentColor active, CancellationToken cancellationToken)
        {
            var plan = await stack.OperationAsync(["destroy", "--preview-only", .. TargetArguments(), "--json"], cancellationToken);
            if (!plan.Succeeded)
            {
                return PhaseOutcome.Fail($"could not preview the teardown: {plan.FailureReason}");
            }

            var changes = PulumiChanges.From(plan.Output);
            var collateral = changes.Where(change => change.Color != ResourceOwners.Of(color)).ToList();
            if (collateral.Count > 0)
            {
                return PhaseOutcome.Fail(
                    $"tearing down {color.Name()} would also delete {string.Join(", ", collateral.Select(change => $"{change.Resource} ({change.Color.ToString().ToLowerInvariant()})"))}, "
                    + $"which depend on it. A drill may only remove the idle color: make shared resources stop depending on {color.Name()}'s resources, then drill again.");
            }

            return PhaseOutcome.Pass(
                $"{active.Name()} is active; {color.Name()} has {_before.Count} resources in state; nothing is pending; "
                + $"the teardown plan deletes {changes.Count}, all of them {color.Name()}");
        }

        private IEnumerable<string> TargetArguments() => ["--target", _component!.Value, "--target-dependents"];

        private static int Count(PulumiOperation operation, string op) => operation.Output.Changes.Count(step => step.Op == op);
    }
}
