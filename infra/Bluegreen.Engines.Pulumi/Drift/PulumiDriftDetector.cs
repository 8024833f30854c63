using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Pulumi.Driver;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Pulumi.Drift;

/// <summary>
/// Drift of a Pulumi stack, from two read-only checks: <c>refresh --preview-only</c> (cloud against state) and
/// <c>preview</c> (code against state). Neither writes state or touches the cloud.
/// </summary>
internal sealed class PulumiDriftDetector(PulumiStack stack, TimeProvider time)
{
    public static readonly IReadOnlyList<string> LiveCheck = ["refresh", "--preview-only", "--expect-no-changes", "--json"];

    public static readonly IReadOnlyList<string> CodeCheck = ["preview", "--json", "--expect-no-changes"];

    public async Task<DriftReport> DetectAsync(CancellationToken cancellationToken)
    {
        var checkedAt = time.GetUtcNow();
        var live = await CheckAsync(LiveCheck, DriftSource.Live, cancellationToken);
        var code = await CheckAsync(CodeCheck, DriftSource.Code, cancellationToken);
        var errors = new[] { live.Error, code.Error }.OfType<string>().ToList();
        return new DriftReport(
            stack.Name,
            EngineKind.Aws,
            checkedAt,
            PulumiDriftFindings.Sorted(live.Findings.Concat(code.Findings)),
            DriftVerdict.Worse(live.Status, code.Status),
            errors.Count > 0 ? string.Join("; ", errors) : null);
    }

    private async Task<(IReadOnlyList<DriftFinding> Findings, DriftStatus Status, string? Error)> CheckAsync(
        IReadOnlyList<string> command, DriftSource source, CancellationToken cancellationToken)
    {
        var what = source == DriftSource.Live ? "cloud check" : "code check";
        try
        {
            var check = await stack.OperationAsync(command, cancellationToken);
            var findings = PulumiDriftFindings.From(check.Output.Steps, source);
            var (status, error) = DriftVerdict.Decide(check, findings);
            return (findings, status, error is null ? null : $"{what}: {error}");
        }
        catch (PulumiOutputException unreadable)
        {
            return ([], DriftStatus.CouldNotCheck, $"{what}: {unreadable.Message}");
        }
    }
}
