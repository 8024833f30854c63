namespace Bluegreen.Migrations.History;

/// <summary>
/// The table bluegreen keeps in the app's database (first schema of the search path), written in the same transaction
/// as the migration it records, so a migration that rolls back leaves no row.
/// </summary>
internal static class SchemaHistoryTable
{
    public const string Name = "bluegreen_schema_history";

    // The primary key on number also stops two concurrent runs from applying one migration twice: the second insert
    // fails and takes its migration's transaction down with it.
    public const string CreateSql = $"""
        CREATE TABLE IF NOT EXISTS {Name} (
            number integer PRIMARY KEY,
            file_name text NOT NULL UNIQUE,
            phase text NOT NULL CHECK (phase IN ('expand', 'contract')),
            breaks text,
            app_version text NOT NULL,
            applied_at timestamptz NOT NULL,
            applied_by text NOT NULL,
            duration_ms integer NOT NULL,
            checksum text NOT NULL,
            forced_reason text,
            CHECK ((phase = 'contract') = (breaks IS NOT NULL)))
        """;

    // now() is the start of the migration's transaction and clock_timestamp() the present, so the difference is the
    // time the migration took inside it, by the database's clock.
    public const string InsertSql = $"""
        INSERT INTO {Name} (number, file_name, phase, breaks, app_version, applied_at, applied_by, duration_ms, checksum, forced_reason)
        VALUES (@number, @file_name, @phase, @breaks, @app_version, now(), @applied_by,
                (extract(epoch FROM clock_timestamp() - now()) * 1000)::integer, @checksum, @forced_reason)
        """;

    public const string ExistsSql = $"SELECT to_regclass('{Name}') IS NOT NULL";

    public const string SelectSql = $"""
        SELECT number, file_name, phase, breaks, app_version, applied_at, applied_by, duration_ms, checksum, forced_reason
        FROM {Name} ORDER BY number
        """;
}
