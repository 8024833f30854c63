using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Rules;
using static Bluegreen.Tests.Migrations.TestMigrations;

namespace Bluegreen.Tests.Migrations;

public sealed class ReleaseMigrationsTests
{
    [Fact]
    public void PendingExpands_FreshSchema_EveryExpandInOrderAndNoContract()
    {
        var pending = ReleaseMigrations.PendingExpands(Sample, SchemaHistory.Empty);

        Assert.Equal([CreateAccounts, AddEmailVerified], pending.Select(migration => migration.FileName));
    }

    [Fact]
    public void PendingExpands_FirstApplied_OnlyTheRest()
    {
        var pending = ReleaseMigrations.PendingExpands(Sample, History(Applied(M(1), "1.0.0")));

        Assert.Equal([AddEmailVerified], pending.Select(migration => migration.FileName));
    }

    [Fact]
    public void PendingExpands_AfterAPendingContract_StillApplied()
    {
        var set = Set(
            (CreateAccounts, "CREATE TABLE accounts (id int);"),
            (DropIsVerified, "-- breaks: < 2.0.0\nALTER TABLE accounts DROP COLUMN is_verified;"),
            ("0004_add_phone.expand.sql", "ALTER TABLE accounts ADD COLUMN phone text;"));

        var pending = ReleaseMigrations.PendingExpands(set, History(Applied(set.Find(1)!, "1.0.0")));

        Assert.Equal(["0004_add_phone.expand.sql"], pending.Select(migration => migration.FileName));
        Assert.Equal([DropIsVerified], ReleaseMigrations.PendingContracts(set, History(Applied(set.Find(1)!, "1.0.0"))).Select(migration => migration.FileName));
    }

    [Fact]
    public void PendingExpands_AllApplied_None()
    {
        Assert.Empty(ReleaseMigrations.PendingExpands(Sample, Expanded));
        Assert.Empty(ReleaseMigrations.PendingContracts(Sample, Contracted));
    }
}
