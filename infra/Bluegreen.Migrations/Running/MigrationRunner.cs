using Bluegreen.Migrations.Model;
using DbUp;
using DbUp.Engine;
using DbUp.Postgresql;
using Npgsql;

namespace Bluegreen.Migrations.Running;

/// <summary>
/// Applies the migrations it is given, in order, to one PostgreSQL database. What to apply is decided before, by the
/// phase rules; this only runs SQL.
/// </summary>
/// <remarks>
/// DbUp does the running (not Evolve or FluentMigrator): it takes scripts as plain text from any source
/// (WithScripts), runs each in its own transaction (WithTransactionPerScript, i.e. TransactionPerScriptStrategy), and
/// lets the journal be replaced (JournalTo) with one that writes bluegreen's history row inside that same transaction
/// (see <see cref="SchemaHistoryJournal"/>). PostgreSQL's DDL is transactional, so a failing script leaves no partial
/// schema change and no row. Evolve insists on its own changelog table and Flyway-style file names, and FluentMigrator
/// is built around migrations written as C# classes with a numeric version table; both would leave bluegreen keeping a
/// second history beside theirs.
/// </remarks>
public sealed class MigrationRunner(NpgsqlDataSource database, Action<string>? progress = null)
{
    public async Task<MigrationRunResult> ApplyAsync(IReadOnlyList<Migration> migrations, MigrationRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(run);
        if (migrations.Count == 0)
        {
            return new MigrationRunResult([], null, null);
        }

        var byName = migrations.ToDictionary(migration => migration.FileName, StringComparer.Ordinal);
        var engine = DeployChanges.To
            .PostgresqlDatabase(new PostgresqlConnectionManager(database))
            // RunGroupOrder sorts before the name (DefaultScriptSorter), so 10 runs after 9 whatever the padding.
            .WithScripts(migrations.Select(migration => new SqlScript(migration.FileName, migration.Sql, new SqlScriptOptions { RunGroupOrder = migration.Number })))
            .JournalTo((connections, _) => new SchemaHistoryJournal(connections, byName, run))
            .WithTransactionPerScript()
            // Scripts run exactly as written (and as checksummed): no $variable$ substitution.
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build();
        engine.ScriptExecuted += (_, executed) => progress?.Invoke($"applied {((ScriptExecutedEventArgs)executed).Script.Name}");

        // DbUp runs synchronously and cannot stop inside a script; the token only keeps a run from starting.
        var result = await Task.Run(engine.PerformUpgrade, cancellationToken);
        var applied = result.Scripts.Select(script => byName[script.Name]).ToList();
        return result.Successful
            ? new MigrationRunResult(applied, null, null)
            : new MigrationRunResult(applied, result.ErrorScript is { } failed ? byName[failed.Name] : null, Describe(result.Error));
    }

    private static string Describe(Exception error) => error switch
    {
        PostgresException postgres => postgres.Position > 0
            ? $"{postgres.MessageText} (SQLSTATE {postgres.SqlState}, position {postgres.Position})."
            : $"{postgres.MessageText} (SQLSTATE {postgres.SqlState}).",
        _ => error.Message,
    };
}
