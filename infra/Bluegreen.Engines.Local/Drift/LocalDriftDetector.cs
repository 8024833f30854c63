using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Reconcile;
using Bluegreen.Engines.Local.State;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Local.Drift;

/// <summary>
/// Drift of a local stack: parity of the colors, and the live stack against its description. Remediation is the
/// reconcile behind <c>up</c>; it moves production traffic only when explicitly allowed, and says so before it does.
/// </summary>
internal sealed class LocalDriftDetector(LocalStackContext stack, StackReconciler reconciler)
{
    public async Task<DriftReport> DetectAsync(DriftOptions options, CancellationToken cancellationToken)
    {
        var report = await CheckAsync(cancellationToken);
        if (!options.Remediate || report.Status != DriftStatus.DriftFound)
        {
            return report;
        }

        return report with { Remediation = await RemediateAsync(report, options.AllowTrafficChange, cancellationToken) };
    }

    private async Task<DriftReport> CheckAsync(CancellationToken cancellationToken)
    {
        var checkedAt = stack.Time.GetUtcNow();
        if (stack.Intent.Read() is not { } intent)
        {
            return CouldNotCheck(checkedAt, $"stack {stack.StackName} has never been brought up (no {stack.Intent.Path}). Run `bluegreen up --stack {stack.StackName}` first.");
        }

        var desired = stack.Desired(intent);
        var observed = await stack.Observer.ObserveAsync(desired, ObservationDetail.All, cancellationToken);
        if (observed.Agent is null)
        {
            return CouldNotCheck(checkedAt, $"the process agent of stack {stack.StackName} is not running, so its processes cannot be seen: the stack is down. "
                + $"Run `bluegreen up --stack {stack.StackName}` to bring it up.");
        }

        var findings = LocalDriftFindings.Sorted(ParityFindings.For(desired).Concat(LocalDriftFindings.Live(desired, observed)));
        return new DriftReport(stack.StackName, EngineKind.Local, checkedAt, findings, findings.Count > 0 ? DriftStatus.DriftFound : DriftStatus.NoDrift);
    }

    private async Task<RemediationReport> RemediateAsync(DriftReport found, bool allowTrafficChange, CancellationToken cancellationToken)
    {
        var traffic = found.Findings.Where(LocalDriftFindings.TouchesTraffic).ToList();
        foreach (var finding in traffic)
        {
            stack.Progress(allowTrafficChange
                ? $"production traffic: {Describe(finding)}; fixing this moves production traffic"
                : $"production traffic: {Describe(finding)}; left as it is (pass --allow-traffic-change to fix it)");
        }

        ReconcileOutcome outcome;
        try
        {
            using var exclusive = StackLock.Acquire(stack.Folder, stack.StackName, "drift --remediate", stack.Time);
            outcome = await reconciler.ReconcileAsync(stack.Intent.Read()!, allowTrafficChange, cancellationToken);
        }
        catch (StackFailureException failure)
        {
            return new RemediationReport(RemediationStatus.Failed, [], false, $"Remediation stopped: {failure.Message}");
        }

        var changesTraffic = outcome.Changes.Any(change => change.ChangesTraffic);
        var applied = $"Applied {outcome.Changes.Count} change(s).";
        if (outcome.TrafficHeldBack.Count > 0)
        {
            return new RemediationReport(RemediationStatus.Refused, outcome.Changes, true,
                $"{applied} Production traffic was left as it is: {string.Join("; ", outcome.TrafficHeldBack)}. "
                + "Re-run with --allow-traffic-change to move it to the active color.");
        }

        var after = await CheckAsync(cancellationToken);
        return after.Status == DriftStatus.NoDrift
            ? new RemediationReport(RemediationStatus.Applied, outcome.Changes, changesTraffic, $"{applied} The stack matches its description again.")
            : new RemediationReport(RemediationStatus.Failed, outcome.Changes, changesTraffic,
                $"{applied} Still different afterwards: {string.Join("; ", after.Findings.Select(Describe))}{after.Error}");
    }

    private DriftReport CouldNotCheck(DateTimeOffset checkedAt, string error) =>
        new(stack.StackName, EngineKind.Local, checkedAt, [], DriftStatus.CouldNotCheck, error);

    private static string Describe(DriftFinding finding) =>
        $"{finding.Resource} {finding.Kind.ToString().ToLowerInvariant()}"
        + (finding.Field is null ? "" : $" {finding.Field}: expected {finding.Expected ?? "nothing"}, found {finding.Actual ?? "nothing"}");
}
