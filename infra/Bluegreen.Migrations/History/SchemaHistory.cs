using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.History;

/// <summary>What the schema history table says has run, ordered by number.</summary>
public sealed class SchemaHistory
{
    private readonly Dictionary<int, AppliedMigration> _byNumber;

    public SchemaHistory(IEnumerable<AppliedMigration> applied)
    {
        ArgumentNullException.ThrowIfNull(applied);
        Applied = [.. applied.OrderBy(migration => migration.Number)];
        _byNumber = Applied.ToDictionary(migration => migration.Number);
    }

    public static SchemaHistory Empty { get; } = new([]);

    public IReadOnlyList<AppliedMigration> Applied { get; }

    public IEnumerable<AppliedMigration> Contracts => Applied.Where(migration => migration.Phase == MigrationPhase.Contract);

    /// <summary>The highest applied number; null for a schema no migration has touched.</summary>
    public AppliedMigration? Latest => Applied.Count == 0 ? null : Applied[^1];

    public bool IsApplied(int number) => _byNumber.ContainsKey(number);

    public AppliedMigration? Find(int number) => _byNumber.GetValueOrDefault(number);
}
