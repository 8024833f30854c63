using Bluegreen.Components;
using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Rules;

/// <summary>
/// Compares the schema history with what the deployed versions need: the files as they ran, the expands each running
/// version ships, and no applied contract under a running color.
/// </summary>
public static class SchemaDrift
{
    /// <param name="set">The migrations shipped with <paramref name="shippedWith"/>, normally the newest deployed version.</param>
    /// <param name="running">The colors with running instances.</param>
    public static IReadOnlyList<SchemaDriftFinding> Find(MigrationSet set, AppVersion shippedWith, SchemaHistory history, IReadOnlyList<RunningColor> running)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(shippedWith);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(running);
        return [
            .. history.Applied.SelectMany(applied => AppliedFindings(set, shippedWith, applied)),
            .. running.SelectMany(color => ColorFindings(set, shippedWith, history, color)),
        ];
    }

    private static IEnumerable<SchemaDriftFinding> AppliedFindings(MigrationSet set, AppVersion shippedWith, AppliedMigration applied)
    {
        var file = set.Find(applied.Number);
        var ran = $"ran with {applied.AppVersion} at {Durations.Moment(applied.AppliedAt)}";
        if (file is null)
        {
            // A version older than the one that applied it is expected not to know it (e.g. after a rollback).
            if (!AppVersion.Of(applied.AppVersion).IsAtLeast(shippedWith) || applied.AppVersion == shippedWith.Tag)
            {
                yield return new SchemaDriftFinding(SchemaDriftKind.NotShipped, applied.FileName,
                    $"Is applied ({ran}) but {shippedWith.Tag} does not ship it.",
                    "Put the file back into the app's migrations folder: the files that ran stay in the folder for good.");
            }

            yield break;
        }

        if (file.Phase != applied.Phase)
        {
            yield return new SchemaDriftFinding(SchemaDriftKind.PhaseChanged, file.FileName,
                $"Ran as {applied.Phase.Name()} ({ran}), but {shippedWith.Tag} ships it as {file.Phase.Name()}.",
                "Give the file back its name as applied: a migration's phase cannot change once it ran.");
        }

        if (file.Checksum != applied.Checksum)
        {
            yield return new SchemaDriftFinding(SchemaDriftKind.ChangedAfterApply, file.FileName,
                $"Was changed after it {ran} (checksum {applied.Checksum[..12]} then, {file.Checksum[..12]} now); the schema has the old text.",
                "Restore the file as it was applied and put the change into a new migration.");
        }
    }

    private static IEnumerable<SchemaDriftFinding> ColorFindings(MigrationSet set, AppVersion shippedWith, SchemaHistory history, RunningColor color)
    {
        var broken = SchemaCompatibility.ContractsBreaking(color.Version, history);
        if (broken.Count > 0)
        {
            var ranges = string.Join(" and ", broken.Select(contract => contract.Breaks).Distinct(StringComparer.Ordinal));
            yield return new SchemaDriftFinding(SchemaDriftKind.BrokenColor, color.Color.Name(),
                $"{color.Describe()}, which applied {string.Join(", ", broken.Select(contract => contract.FileName))} broke.",
                $"Deploy a version outside {ranges} to {color.Color.Name()}"
                + (color.Role == ColorRole.Active ? ", or switch production to the other color if it runs a compatible version." : "."));
        }

        if (color.Version.Tag != shippedWith.Tag && !color.Version.IsAtLeast(shippedWith))
        {
            yield break;
        }

        var missing = ReleaseMigrations.PendingExpands(set, history);
        if (missing.Count > 0)
        {
            yield return new SchemaDriftFinding(SchemaDriftKind.ExpandMissing, color.Color.Name(),
                $"{color.Describe()}, but its expands {string.Join(", ", missing.Select(expand => expand.FileName))} have not run, "
                + "so it may use tables or columns that do not exist.",
                $"Apply {shippedWith.Tag}'s expands to the primary (a release does so before the version reaches a color).");
        }
    }
}
