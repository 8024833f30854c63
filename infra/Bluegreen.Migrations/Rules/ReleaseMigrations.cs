using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Rules;

/// <summary>What a release of version V does to the schema: V's expands that have not run, never a contract.</summary>
public static class ReleaseMigrations
{
    /// <summary>
    /// The expands of <paramref name="set"/> (the migrations V ships) missing from <paramref name="history"/>, in order.
    /// A release applies them to the primary before V reaches the idle color; pending contracts are skipped, since an
    /// expand never depends on what a contract removes.
    /// </summary>
    public static IReadOnlyList<Migration> PendingExpands(MigrationSet set, SchemaHistory history)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(history);
        return [.. set.Expands.Where(migration => !history.IsApplied(migration.Number))];
    }

    /// <summary>The contracts of <paramref name="set"/> missing from <paramref name="history"/>, in order.</summary>
    public static IReadOnlyList<Migration> PendingContracts(MigrationSet set, SchemaHistory history)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(history);
        return [.. set.Contracts.Where(migration => !history.IsApplied(migration.Number))];
    }
}
