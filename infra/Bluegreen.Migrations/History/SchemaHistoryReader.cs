using Bluegreen.Migrations.Model;
using Npgsql;

namespace Bluegreen.Migrations.History;

/// <summary>Reads the schema history; a database without the table has an empty history.</summary>
public static class SchemaHistoryReader
{
    public static async Task<SchemaHistory> ReadAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand(SchemaHistoryTable.ExistsSql, connection))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                return SchemaHistory.Empty;
            }
        }

        await using var select = new NpgsqlCommand(SchemaHistoryTable.SelectSql, connection);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var applied = new List<AppliedMigration>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(new AppliedMigration(
                reader.GetInt32(0),
                reader.GetString(1),
                MigrationPhases.TryParse(reader.GetString(2), out var phase) ? phase : throw new InvalidDataException($"Unknown phase in {SchemaHistoryTable.Name}."),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetString(6),
                reader.GetInt32(7),
                reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9)));
        }

        return new SchemaHistory(applied);
    }
}
