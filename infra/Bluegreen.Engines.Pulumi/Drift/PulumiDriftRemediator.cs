using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Engines.Pulumi.Drift;

/// <summary>
/// Makes the cloud match the code again: shows the plan (<c>preview --refresh</c>), then applies it
/// (<c>up --refresh --yes</c>). A plan that touches production traffic is applied only when explicitly allowed.
/// </summary>
internal sealed class PulumiDriftRemediator(PulumiStack stack)
{
    public static readonly IReadOnlyList<string> PlanCommand = ["preview", "--refresh", "--json"];

    public static readonly IReadOnlyList<string> ApplyCommand = ["up", "--refresh", "--yes", "--json"];

    public async Task<RemediationReport> RemediateAsync(bool allowTrafficChange, CancellationToken cancellationToken)
    {
        var preview = await stack.OperationAsync(PlanCommand, cancellationToken);
        if (!preview.Succeeded)
        {
            return new RemediationReport(RemediationStatus.Failed, [], false, $"Could not compute the remediation plan: {preview.FailureReason}");
        }

        var plan = PulumiChanges.From(preview.Output);
        var traffic = plan.Where(change => change.ChangesTraffic).ToList();
        if (plan.Count == 0)
        {
            return new RemediationReport(RemediationStatus.NotNeeded, plan, false, "The plan changes nothing.");
        }

        if (traffic.Count > 0 && !allowTrafficChange)
        {
            return new RemediationReport(
                RemediationStatus.Refused,
                plan,
                true,
                $"This plan changes production traffic ({Describe(traffic)}). Nothing was changed; "
                + "review the plan and re-run with --allow-traffic-change to apply it.");
        }

        var applied = await stack.OperationAsync(ApplyCommand, cancellationToken);
        var trafficNote = traffic.Count > 0 ? $" It changed production traffic ({Describe(traffic)})." : "";
        return applied.Succeeded
            ? new RemediationReport(RemediationStatus.Applied, plan, traffic.Count > 0, $"Applied {plan.Count} change(s).{trafficNote}")
            : new RemediationReport(RemediationStatus.Failed, plan, traffic.Count > 0, $"pulumi up failed: {applied.FailureReason}");
    }

    private static string Describe(IEnumerable<ResourceChange> changes) =>
        string.Join(", ", changes.Select(change => $"{change.Operation} {change.Resource}"));
}
