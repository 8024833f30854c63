namespace Bluegreen.Migrations.Model;

/// <summary>The migrations one app version ships, ordered by number; numbers are unique. Built only by the loader.</summary>
public sealed class MigrationSet
{
    private readonly Dictionary<int, Migration> _byNumber;

    internal MigrationSet(IEnumerable<Migration> migrations)
    {
        All = [.. migrations.OrderBy(migration => migration.Number)];
        _byNumber = All.ToDictionary(migration => migration.Number);
    }

    public static MigrationSet Empty { get; } = new([]);

    public IReadOnlyList<Migration> All { get; }

    public IEnumerable<Migration> Expands => All.Where(migration => migration.Phase == MigrationPhase.Expand);

    public IEnumerable<Migration> Contracts => All.Where(migration => migration.Phase == MigrationPhase.Contract);

    public Migration? Find(int number) => _byNumber.GetValueOrDefault(number);
}
