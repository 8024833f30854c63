using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Running;

/// <summary>
/// What a run did. Each migration commits alone, so after a failure the ones before it stay applied and recorded, and
/// the failed one left neither schema change nor history row.
/// </summary>
/// <param name="Failed">The migration that failed and was rolled back; null when all committed or none was reached.</param>
/// <param name="Error">The database's message when the run failed, e.g. <c>syntax error at or near "SELEC" (SQLSTATE 42601, position 8)</c>.</param>
public sealed record MigrationRunResult(IReadOnlyList<Migration> Applied, Migration? Failed, string? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>One line for people: what ran, what failed and that the failed one changed nothing.</summary>
    public string Describe()
    {
        var applied = Applied.Count == 0 ? "none" : string.Join(", ", Applied.Select(migration => migration.FileName));
        if (Succeeded)
        {
            return $"Applied: {applied}.";
        }

        var failed = Failed is null ? "The run" : Failed.FileName;
        return $"{failed} failed and was rolled back, leaving the schema and its history as they were: {Error} Applied before it: {applied}.";
    }
}
