using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Engines.Pulumi.Drift;

/// <summary>
/// Decides what one drift check found from its exit status and its JSON. Distinct exit codes (0, 7) are trusted;
/// when the code cannot say (255: internal, and every error before CLI 3.227), the JSON decides: error diagnostics
/// or no JSON mean the check could not be made, changes without errors mean drift.
/// </summary>
internal static class DriftVerdict
{
    public static (DriftStatus Status, string? Error) Decide(PulumiOperation check, IReadOnlyList<DriftFinding> findings)
    {
        if (!check.Output.HasJson)
        {
            return (DriftStatus.CouldNotCheck, $"{check.Run.CommandLine} printed no JSON: {check.FailureReason}");
        }

        if (check.Output.Errors.Any())
        {
            return (DriftStatus.CouldNotCheck, check.FailureReason);
        }

        var changes = findings.Count > 0 ? DriftStatus.DriftFound : DriftStatus.NoDrift;
        return check.Status switch
        {
            PulumiExitStatus.Success or PulumiExitStatus.ChangesFound => (changes, null),
            PulumiExitStatus.Unclassified when findings.Count > 0 => (DriftStatus.DriftFound, null),
            _ => (DriftStatus.CouldNotCheck, check.FailureReason),
        };
    }

    /// <summary>The worse of two statuses: could not check, then drift found, then no drift.</summary>
    public static DriftStatus Worse(DriftStatus first, DriftStatus second) => (DriftStatus)Math.Max((int)first, (int)second);
}
