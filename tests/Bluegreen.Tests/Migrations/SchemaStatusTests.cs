using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Rules;
using static Bluegreen.Tests.Migrations.TestMigrations;

namespace Bluegreen.Tests.Migrations;

public sealed class SchemaStatusTests
{
    [Fact]
    public void Of_UntouchedSchema_NoVersionAndEveryMigrationPending()
    {
        var status = SchemaStatus.Of(Sample, SchemaHistory.Empty);

        Assert.Null(status.SchemaVersion);
        Assert.Equal(0, status.AppliedCount);
        Assert.Equal([CreateAccounts, AddEmailVerified], status.PendingExpands.Select(migration => migration.FileName));
        Assert.Equal([DropIsVerified], status.PendingContracts.Select(migration => migration.FileName));
    }

    [Fact]
    public void Of_Expanded_VersionIsTheHighestAppliedAndTheContractPending()
    {
        var status = SchemaStatus.Of(Sample, Expanded);

        Assert.Equal((2, AddEmailVerified, 2), (status.SchemaVersion, status.Latest!.FileName, status.AppliedCount));
        Assert.Empty(status.PendingExpands);
        Assert.Equal([DropIsVerified], status.PendingContracts.Select(migration => migration.FileName));
        Assert.Empty(status.NotShipped);
    }

    [Fact]
    public void Of_OlderSetThanTheSchema_ListsWhatItDoesNotShip()
    {
        var older = Set((CreateAccounts, "CREATE TABLE accounts (id bigserial PRIMARY KEY, is_verified boolean NOT NULL);"));

        var status = SchemaStatus.Of(older, Contracted);

        Assert.Equal(3, status.SchemaVersion);
        Assert.Equal([AddEmailVerified, DropIsVerified], status.NotShipped.Select(applied => applied.FileName));
        Assert.Empty(status.PendingExpands);
    }
}
