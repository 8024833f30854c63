using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Rules;

/// <summary>What <c>status</c> shows about the schema, compared with the migrations the newest release ships.</summary>
/// <param name="Latest">The highest applied migration: its number is the schema version. Null for an untouched schema.</param>
/// <param name="PendingExpands">What the next release of that version applies (also what <c>plan</c> lists).</param>
/// <param name="PendingContracts">What <c>migrate contract</c> would run once allowed.</param>
/// <param name="NotShipped">Applied migrations the set does not contain (applied by another version).</param>
public sealed record SchemaStatus(
    AppliedMigration? Latest,
    int AppliedCount,
    IReadOnlyList<Migration> PendingExpands,
    IReadOnlyList<Migration> PendingContracts,
    IReadOnlyList<AppliedMigration> NotShipped)
{
    public int? SchemaVersion => Latest?.Number;

    public static SchemaStatus Of(MigrationSet set, SchemaHistory history)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(history);
        return new SchemaStatus(
            history.Latest,
            history.Applied.Count,
            ReleaseMigrations.PendingExpands(set, history),
            ReleaseMigrations.PendingContracts(set, history),
            [.. history.Applied.Where(applied => set.Find(applied.Number) is null)]);
    }
}
