using Bluegreen.Components;
using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Rules;

/// <summary>
/// Can a version live on the schema as it is? Judged by the contracts in the schema history with the ranges they were
/// applied with, so an older version's migrations folder (which may not even contain the contract) cannot hide one.
/// </summary>
public static class SchemaCompatibility
{
    /// <summary>
    /// The applied contracts that break <paramref name="version"/>. For a version that is not semantic every applied
    /// contract counts, since none can be proven safe for it; so does a contract whose recorded range cannot be read.
    /// </summary>
    public static IReadOnlyList<AppliedMigration> ContractsBreaking(AppVersion version, SchemaHistory history)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(history);
        return [.. history.Contracts.Where(contract =>
            !version.IsSemantic || !BreakingRange.TryParse(contract.Breaks ?? "", out var range, out _) || range!.Breaks(version))];
    }

    /// <summary>
    /// May <paramref name="color"/>, running <paramref name="version"/>, take production traffic? Asked by switch,
    /// rollback and release --abort before they move traffic; null means yes.
    /// </summary>
    /// <param name="operation">The verb for the message: "switch", "rollback" or "abort the release".</param>
    public static Refusal? CheckTraffic(string operation, DeploymentColor color, AppVersion version, SchemaHistory history)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var breaking = ContractsBreaking(version, history);
        if (breaking.Count == 0)
        {
            return null;
        }

        var prefix = $"Cannot {operation} to {color.Name()}:";
        return version.IsSemantic
            ? new Refusal(RefusalKind.BrokenVersion,
                $"{prefix} it runs {version.Tag}, which {Describe(breaking)} broke; the schema no longer has what {version.Tag} needs.",
                $"Deploy a version outside {Ranges(breaking)} to {color.Name()} first, then {operation} again.")
            : new Refusal(RefusalKind.UnknownVersion,
                $"{prefix} its version \"{version.Tag}\" is not a semantic version, so it cannot be checked against {Describe(breaking)}.",
                $"Deploy a semantic-version tag outside {Ranges(breaking)} to {color.Name()} first, then {operation} again.");
    }

    /// <summary>May <paramref name="version"/> be started on <paramref name="color"/>? Asked by deploy and release before anything starts.</summary>
    public static Refusal? CheckDeploy(DeploymentColor color, AppVersion version, SchemaHistory history)
    {
        var breaking = ContractsBreaking(version, history);
        if (breaking.Count == 0)
        {
            return null;
        }

        var prefix = $"Cannot deploy {version.Tag} to {color.Name()}:";
        return version.IsSemantic
            ? new Refusal(RefusalKind.BrokenVersion,
                $"{prefix} {Describe(breaking)} removed what {version.Tag} needs.",
                $"Deploy a version outside {Ranges(breaking)}.")
            : new Refusal(RefusalKind.UnknownVersion,
                $"{prefix} \"{version.Tag}\" is not a semantic version, so it cannot be checked against {Describe(breaking)}.",
                $"Tag the image with a semantic version outside {Ranges(breaking)}.");
    }

    private static string Describe(IReadOnlyList<AppliedMigration> contracts) =>
        (contracts.Count == 1 ? "applied contract " : "applied contracts ")
        + string.Join(", ", contracts.Select(contract =>
            $"{contract.FileName} (breaks {contract.Breaks}, applied with {contract.AppVersion} at {Durations.Moment(contract.AppliedAt)})"));

    private static string Ranges(IReadOnlyList<AppliedMigration> contracts) =>
        string.Join(" and ", contracts.Select(contract => contract.Breaks).Distinct(StringComparer.Ordinal));
}
