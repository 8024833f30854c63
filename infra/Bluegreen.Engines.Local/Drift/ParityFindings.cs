using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Local.Reconcile;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Stacks.Parity;

namespace Bluegreen.Engines.Local.Drift;

/// <summary>Blue and green as this stack and its intent would deploy them, compared with the same check as on AWS.</summary>
internal static class ParityFindings
{
    /// <summary>One finding per differing field: expected is blue's value, actual is green's.</summary>
    public static IReadOnlyList<DriftFinding> For(DesiredStack desired) =>
        StackParity.Check(desired.App, desired.Settings)
            .Select(finding => new DriftFinding(
                ResourceOwner.Shared, finding.Resource, LocalResourceTypes.Parity, DriftKind.Changed, DriftSource.Parity,
                finding.Field, finding.Blue, finding.Green))
            .ToList();
}
