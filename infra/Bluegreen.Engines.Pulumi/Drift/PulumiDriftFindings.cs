using System.Text.Json;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Engines.Pulumi.Drift;

/// <summary>
/// Turns the steps of a drift check into findings. Both checks diff an old side (the recorded state) with a new side:
/// for a refresh the new side is what the cloud returned, for a preview it is what the code asks for.
/// </summary>
internal static class PulumiDriftFindings
{
    public static IReadOnlyList<DriftFinding> From(IEnumerable<PulumiStep> steps, DriftSource source) =>
        steps
            .Where(step => PulumiOps.Changes(step.Op) && !step.Urn.IsRootStack)
            .SelectMany(step => FindingsFor(step, source))
            .ToList();

    /// <summary>Stable order for reports: source, color, resource, field.</summary>
    public static IReadOnlyList<DriftFinding> Sorted(IEnumerable<DriftFinding> findings) =>
        findings
            .OrderBy(finding => finding.Source)
            .ThenBy(finding => finding.Color)
            .ThenBy(finding => finding.Resource, StringComparer.Ordinal)
            .ThenBy(finding => finding.Field, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<DriftFinding> FindingsFor(PulumiStep step, DriftSource source)
    {
        var finding = new DriftFinding(UrnOwnership.OwnerOf(step.Urn), step.Urn.Name, step.Urn.Type, DriftKind.Changed, source);
        switch (step.Op)
        {
            case PulumiOps.Create:
                // Code drift: the code has it, the state does not. Live drift: the cloud has it, the state does not.
                return [finding with { Kind = source == DriftSource.Code ? DriftKind.Missing : DriftKind.Unexpected }];
            case PulumiOps.Delete:
                return [finding with { Kind = source == DriftSource.Code ? DriftKind.Unexpected : DriftKind.Missing }];
            default:
                var fields = PulumiChanges.ChangedFields(step);
                return fields.Count == 0 ? [finding] : fields.Select(field => ChangedField(finding, step, field));
        }
    }

    private static DriftFinding ChangedField(DriftFinding finding, PulumiStep step, string field)
    {
        var inputsFirst = finding.Source == DriftSource.Code;
        var recorded = Lookup(step.Old, field, inputsFirst);
        var other = Lookup(step.New, field, inputsFirst);
        var (expected, actual) = finding.Source == DriftSource.Code ? (other, recorded) : (recorded, other);
        var secret = PulumiValues.ContainsSecret(expected) || PulumiValues.ContainsSecret(actual);
        return finding with
        {
            Field = field,
            Expected = secret && expected is not null ? PulumiValues.SecretMask : PulumiValues.Text(expected),
            Actual = secret && actual is not null ? PulumiValues.SecretMask : PulumiValues.Text(actual),
        };
    }

    /// <summary>Program-side diffs are over inputs; cloud-side diffs are over outputs. Fall back to the other map.</summary>
    private static JsonElement? Lookup(PulumiResourceState? state, string field, bool inputsFirst)
    {
        if (state is null)
        {
            return null;
        }

        var (first, second) = inputsFirst ? (state.Inputs, state.Outputs) : (state.Outputs, state.Inputs);
        return PropertyPath.Find(first, field) ?? PropertyPath.Find(second, field);
    }
}
