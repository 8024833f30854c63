using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Loading;
using Bluegreen.Migrations.Model;

namespace Bluegreen.Tests.Migrations;

/// <summary>The sample app's expand/contract change as a set, and histories built from it.</summary>
internal static class TestMigrations
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    public const string CreateAccounts = "0001_create_accounts.expand.sql";
    public const string AddEmailVerified = "0002_add_email_verified.expand.sql";
    public const string DropIsVerified = "0003_drop_is_verified.contract.sql";

    public static MigrationSet Sample { get; } = Set(
        (CreateAccounts, "CREATE TABLE accounts (id bigserial PRIMARY KEY, is_verified boolean NOT NULL);"),
        (AddEmailVerified, "-- Both columns until every version reads the new one.\nALTER TABLE accounts ADD COLUMN email_verified boolean;"),
        (DropIsVerified, "-- breaks: < 2.0.0\nALTER TABLE accounts DROP COLUMN is_verified;"));

    public static Migration M(int number) => Sample.Find(number)!;

    public static MigrationSet Set(params (string Name, string Text)[] files)
    {
        var result = MigrationSetLoader.Parse(files.Select(file => new MigrationSource(file.Name, file.Text)));
        return result.Set ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    }

    public static AppliedMigration Applied(Migration migration, string version = "2.0.0", DateTimeOffset? at = null) =>
        new(migration.Number, migration.FileName, migration.Phase, migration.Breaks?.Text, version, at ?? Noon, "alice", 12, migration.Checksum, null);

    public static SchemaHistory History(params AppliedMigration[] applied) => new(applied);

    /// <summary>0001 and 0002 applied by 2.0.0's release; the contract pending.</summary>
    public static SchemaHistory Expanded => History(Applied(M(1), "1.0.0"), Applied(M(2)));

    /// <summary>All three applied; the contract with 3.0.0.</summary>
    public static SchemaHistory Contracted => History(Applied(M(1), "1.0.0"), Applied(M(2)), Applied(M(3), "3.0.0"));
}
