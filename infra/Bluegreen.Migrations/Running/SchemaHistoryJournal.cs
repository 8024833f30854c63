using System.Data;
using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;
using DbUp.Engine;
using DbUp.Engine.Transactions;

namespace Bluegreen.Migrations.Running;

/// <summary>
/// DbUp's journal, replaced by bluegreen's history table. DbUp's ScriptExecutor.Execute calls
/// <see cref="EnsureTableExistsAndIsLatestVersion"/>, runs the script's statements and calls
/// <see cref="StoreExecutedScript"/> inside one ExecuteCommandsWithManagedConnection call, which
/// TransactionPerScriptStrategy.Execute wraps in one transaction: the row commits with its migration or not at all.
/// </summary>
internal sealed class SchemaHistoryJournal(Func<IConnectionManager> connections, IReadOnlyDictionary<string, Migration> migrations, MigrationRun run)
    : IJournal
{
    public string[] GetExecutedScripts() =>
        connections().ExecuteCommandsWithManagedConnection(commands =>
        {
            if (!(bool)Scalar(commands, SchemaHistoryTable.ExistsSql)!)
            {
                return Array.Empty<string>();
            }

            using var command = commands();
            command.CommandText = $"SELECT file_name FROM {SchemaHistoryTable.Name}";
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return names.ToArray();
        });

    public void EnsureTableExistsAndIsLatestVersion(Func<IDbCommand> dbCommandFactory)
    {
        ArgumentNullException.ThrowIfNull(dbCommandFactory);
        using var command = dbCommandFactory();
        command.CommandText = SchemaHistoryTable.CreateSql;
        command.ExecuteNonQuery();
    }

    public void StoreExecutedScript(SqlScript script, Func<IDbCommand> dbCommandFactory)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(dbCommandFactory);
        var migration = migrations[script.Name];
        using var command = dbCommandFactory();
        command.CommandText = SchemaHistoryTable.InsertSql;
        Add(command, "number", migration.Number);
        Add(command, "file_name", migration.FileName);
        Add(command, "phase", migration.Phase.Name());
        Add(command, "breaks", migration.Breaks?.Text);
        Add(command, "app_version", run.AppVersion);
        Add(command, "applied_by", run.AppliedBy);
        Add(command, "checksum", migration.Checksum);
        Add(command, "forced_reason", migration.Phase == MigrationPhase.Contract ? run.ForcedReason : null);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(Func<IDbCommand> commands, string sql)
    {
        using var command = commands();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Add(IDbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
