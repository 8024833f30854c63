using System.Runtime.Versioning;
using Bluegreen.IntegrationTests.Postgres;
using Bluegreen.Migrations;
using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Loading;
using Bluegreen.Migrations.Model;
using Bluegreen.Migrations.Running;

namespace Bluegreen.IntegrationTests.Migrations;

/// <summary>DbUp against the real primary: what the history records, and what a failing migration leaves behind.</summary>
[SupportedOSPlatform("linux")]
[Collection(MigrationsCollection.Name)]
public sealed class MigrationRunnerTests(ClusterFixture cluster)
{
    private static readonly MigrationRun Release2 = new("2.0.0", "alice@ci");

    [Fact]
    public async Task ApplyReleaseExpands_SampleMigrations_RecordsEachWithVersionWhoDurationAndChecksum_AndReplicasReceiveThem()
    {
        await using var schema = await TestSchema.CreateAsync(cluster);
        var set = SampleMigrations();
        var before = DateTimeOffset.UtcNow;

        var result = await Migrator(schema).ApplyReleaseExpandsAsync(set, Release2, CancellationToken.None);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(["0001_create_accounts.expand.sql", "0002_add_email_verified.expand.sql"], result.Applied.Select(migration => migration.FileName));
        var history = await SchemaHistoryReader.ReadAsync(schema.Database, CancellationToken.None);
        Assert.Equal([1, 2], history.Applied.Select(applied => applied.Number));
        foreach (var applied in history.Applied)
        {
            Assert.Equal((MigrationPhase.Expand, null, "2.0.0", "alice@ci", null), (applied.Phase, applied.Breaks, applied.AppVersion, applied.AppliedBy, applied.ForcedReason));
            Assert.Equal(set.Find(applied.Number)!.Checksum, applied.Checksum);
            Assert.InRange(applied.DurationMs, 0, 10_000);
            Assert.InRange(applied.AppliedAt, before.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        }

        Assert.False(await schema.HasColumnAsync(schema.Primary, "accounts", "missing"));
        foreach (var replica in new[] { schema.Primary, schema.Blue, schema.Green })
        {
            Assert.True(await Sql.EventuallyAsync(() => schema.HasColumnAsync(replica, "accounts", "email_verified")));
            Assert.True(await Sql.EventuallyAsync(async () => await Sql.RowCountAsync(replica, "bluegreen_schema_history") == 2));
        }
    }

    [Fact]
    public async Task Apply_SecondOfTwoScriptsHasASyntaxError_FirstCommits_SecondLeavesNoTrace_AndNoRowIsLost()
    {
        await using var schema = await TestSchema.CreateAsync(cluster);
        var runner = new MigrationRunner(schema.Database);
        var first = Set(("0001_orders.expand.sql", "CREATE TABLE orders (id int PRIMARY KEY); INSERT INTO orders SELECT generate_series(1, 500);"));
        Assert.True((await runner.ApplyAsync(first.All, Release2, CancellationToken.None)).Succeeded);
        var set = Set(
            ("0001_orders.expand.sql", first.Find(1)!.Sql),
            ("0002_add_note.expand.sql", "ALTER TABLE orders ADD COLUMN note text;"),
            ("0003_add_total.expand.sql", "ALTER TABLE orders ADD COLUMN total int;\nSELEC 1;"));

        var result = await runner.ApplyAsync([set.Find(2)!, set.Find(3)!], Release2, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(["0002_add_note.expand.sql"], result.Applied.Select(migration => migration.FileName));
        Assert.Equal("0003_add_total.expand.sql", result.Failed!.FileName);
        Assert.Equal("syntax error at or near \"SELEC\" (SQLSTATE 42601, position 1).", result.Error);
        Assert.Equal([1, 2], (await SchemaHistoryReader.ReadAsync(schema.Database, CancellationToken.None)).Applied.Select(applied => applied.Number));
        Assert.True(await schema.HasColumnAsync(schema.Primary, "orders", "note"));
        Assert.False(await schema.HasColumnAsync(schema.Primary, "orders", "total"));
        foreach (var server in new[] { schema.Primary, schema.Blue, schema.Green })
        {
            Assert.True(await Sql.EventuallyAsync(async () => await Sql.RowCountAsync(server, "orders") == 500), $"rows missing on {server}");
        }
    }

    [Fact]
    public async Task Apply_FixedAfterAFailure_RunsOnlyWhatIsLeft()
    {
        await using var schema = await TestSchema.CreateAsync(cluster);
        var runner = new MigrationRunner(schema.Database);
        var broken = Set(("0001_a.expand.sql", "CREATE TABLE a (id int);"), ("0002_b.expand.sql", "CREATE TABLE b (id int) oops;"));
        var fixedSet = Set(("0001_a.expand.sql", "CREATE TABLE a (id int);"), ("0002_b.expand.sql", "CREATE TABLE b (id int);"));
        await runner.ApplyAsync(broken.All, Release2, CancellationToken.None);

        var result = await Migrator(schema).ApplyReleaseExpandsAsync(fixedSet, Release2, CancellationToken.None);

        Assert.Equal(["0002_b.expand.sql"], result.Applied.Select(migration => migration.FileName));
        Assert.Equal([1, 2], (await SchemaHistoryReader.ReadAsync(schema.Database, CancellationToken.None)).Applied.Select(applied => applied.Number));
    }

    [Fact]
    public async Task Apply_VeryFirstScriptFails_NotEvenTheHistoryTableIsLeft()
    {
        await using var schema = await TestSchema.CreateAsync(cluster);

        var result = await new MigrationRunner(schema.Database).ApplyAsync(
            Set(("0001_a.expand.sql", "CREATE TABLE a (id int); CREATE TABLE a (id int);")).All, Release2, CancellationToken.None);

        Assert.Equal("relation \"a\" already exists (SQLSTATE 42P07).", result.Error);
        Assert.Equal(-1, await Sql.RowCountAsync(schema.Primary, "bluegreen_schema_history"));
        Assert.Equal(-1, await Sql.RowCountAsync(schema.Primary, "a"));
        Assert.Empty((await SchemaHistoryReader.ReadAsync(schema.Database, CancellationToken.None)).Applied);
    }

    internal static MigrationSet SampleMigrations()
    {
        var result = MigrationSetLoader.LoadFolder(Path.Combine(Path.GetDirectoryName(Routing.AppBinaries.SampleApp)!, "migrations"));
        return result.Set ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    }

    private static SchemaMigrator Migrator(TestSchema schema) => new(schema.Database, TimeProvider.System);

    private static MigrationSet Set(params (string Name, string Text)[] files) =>
        MigrationSetLoader.Parse(files.Select(file => new MigrationSource(file.Name, file.Text))).Set!;
}
