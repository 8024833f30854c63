using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Loading;

/// <summary>Either a usable set, or every problem found: a set with any error is never handed out, so nothing runs.</summary>
public sealed record MigrationLoadResult
{
    private MigrationLoadResult(MigrationSet? set, IReadOnlyList<MigrationLoadError> errors)
    {
        Set = set;
        Errors = errors;
    }

    /// <summary>Null exactly when <see cref="Errors"/> is not empty.</summary>
    public MigrationSet? Set { get; }

    public IReadOnlyList<MigrationLoadError> Errors { get; }

    public bool Succeeded => Set is not null;

    internal static MigrationLoadResult Of(IReadOnlyList<Migration> migrations, IReadOnlyList<MigrationLoadError> errors) =>
        errors.Count == 0 ? new(new MigrationSet(migrations), []) : new(null, errors);
}
