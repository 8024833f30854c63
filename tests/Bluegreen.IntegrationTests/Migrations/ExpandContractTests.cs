using System.Net;
using System.Runtime.Versioning;
using System.Text.Json;
using Bluegreen.Components;
using Bluegreen.IntegrationTests.Postgres;
using Bluegreen.Migrations;
using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;
using Bluegreen.Migrations.Rules;
using Bluegreen.Migrations.Running;

namespace Bluegreen.IntegrationTests.Migrations;

/// <summary>
/// The sample app's change across 1.0.0, 2.0.0 and 3.0.0 on the real cluster, with real app processes: the expand
/// keeps the old version serving, the contract waits for the running versions and the soak, and a rollback onto a
/// version the contract broke is refused (and would really fail).
/// </summary>
[SupportedOSPlatform("linux")]
[Collection(MigrationsCollection.Name)]
public sealed class ExpandContractTests(ClusterFixture cluster)
{
    private static readonly DateTimeOffset ReleaseLive = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly MigrationSet _set = MigrationRunnerTests.SampleMigrations();
    private readonly ManualClock _clock = new(ReleaseLive.AddHours(1));

    [Fact]
    public async Task Expand_WhileVersion1ServesUnderLoad_NoRequestFails_AndVersion2ReadsWhatVersion1Wrote()
    {
        await using var schema = await TestSchema.CreateAsync(cluster);
        await new MigrationRunner(schema.Database).ApplyAsync([_set.Find(1)!], new MigrationRun("1.0.0", "alice"), CancellationToken.None);
        await using var v1 = await SampleAppInstance.StartAsync("blue", "1.0.0", schema.Primary, schema.Blue);
        Assert.Equal(HttpStatusCode.Created, (await v1.CreateAccountAsync("first@example.org", verified: true)).Status);

        var load = AccountLoad.RunAsync(v1, requests: 300, workers: 4);
        var expand = await Migrator(schema).ApplyReleaseExpandsAsync(_set, new MigrationRun("2.0.0", "alice"), CancellationToken.None);
        var failures = await load;

        Assert.True(expand.Succeeded, expand.Describe());
        Assert.Equal(["0002_add_email_verified.expand.sql"], expand.Applied.Select(migration => migration.FileName));
        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.Created, (await v1.CreateAccountAsync("after@example.org", verified: true)).Status);
        await using var v2 = await SampleAppInstance.StartAsync("green", "2.0.0", schema.Primary, schema.Green);
        var primaryCount = await Sql.ScalarAsync<long>(schema.Primary, "select count(*) filter (where is_verified) from accounts");
        Assert.True(await Sql.EventuallyAsync(async () =>
            (await v1.VerifiedAsync()) == new VerifiedAnswer(primaryCount, 152, "is_verified")
            && (await v2.VerifiedAsync()) == new VerifiedAnswer(primaryCount, 152, "email_verified")));
    }

    [Fact]
    public async Task Contract_WhileTheIdleColorRuns2_RefusedAndNothingChanges_AndVersion2KeepsWriting()
    {
        await using var schema = await TestSchema.CreateAsync(cluster);
        var migrator = Migrator(schema);
        await migrator.ApplyReleaseExpandsAsync(_set, new MigrationRun("2.0.0", "alice"), CancellationToken.None);
        await using var v2 = await SampleAppInstance.StartAsync("blue", "2.0.0", schema.Primary, schema.Blue);
        _clock.Now = ReleaseLive.AddDays(2);

        var outcome = await migrator.ApplyContractsAsync(Contract(Running(DeploymentColor.Green, "3.0.0", ColorRole.Active), Running(DeploymentColor.Blue, "2.0.0", ColorRole.Idle)),
            new MigrationRun("3.0.0", "alice"), CancellationToken.None);

        Assert.Null(outcome.Run);
        Assert.Equal(
            [new Refusal(RefusalKind.BrokenVersion,
                "Contract 0003_drop_is_verified.contract.sql breaks < 3.0.0, and blue (idle, kept for rollback) runs 2.0.0.",
                "Deploy a version outside < 3.0.0 to blue first: a contract runs only when no running color, active or kept for rollback, still needs what it removes.")],
            outcome.Decision.Refusals);
        Assert.True(await schema.HasColumnAsync(schema.Primary, "accounts", "is_verified"));
        Assert.Equal(2, (await migrator.ReadHistoryAsync(CancellationToken.None)).Applied.Count);
        Assert.Equal(HttpStatusCode.Created, (await v2.CreateAccountAsync("still@example.org", verified: false)).Status);
    }

    [Fact]
    public async Task Contract_InsideTheSoak_Refused_AfterIt_Applied_AndVersion3KeepsServing()
    {
        await using var schema = await TestSchema.CreateAsync(cluster);
        var migrator = Migrator(schema);
        await migrator.ApplyReleaseExpandsAsync(_set, new MigrationRun("3.0.0", "alice"), CancellationToken.None);
        await using var v3 = await SampleAppInstance.StartAsync("green", "3.0.0", schema.Primary, schema.Green);
        Assert.Equal(HttpStatusCode.Created, (await v3.CreateAccountAsync("before@example.org", verified: true)).Status);
        var request = Contract(Running(DeploymentColor.Green, "3.0.0", ColorRole.Active), Running(DeploymentColor.Blue, "3.0.0", ColorRole.Idle));

        _clock.Now = ReleaseLive.AddHours(23).AddMinutes(59);
        var early = await migrator.ApplyContractsAsync(request, new MigrationRun("3.0.0", "alice"), CancellationToken.None);
        _clock.Now = ReleaseLive.AddHours(24);
        var onTime = await migrator.ApplyContractsAsync(request, new MigrationRun("3.0.0", "alice"), CancellationToken.None);

        Assert.Equal([RefusalKind.Soaking], early.Decision.Refusals.Select(refusal => refusal.Kind));
        Assert.Null(early.Run);
        Assert.True(onTime.Run!.Succeeded, onTime.Run.Describe());
        var contract = (await migrator.ReadHistoryAsync(CancellationToken.None)).Find(3)!;
        Assert.Equal((MigrationPhase.Contract, "< 3.0.0", "3.0.0", "alice", null), (contract.Phase, contract.Breaks, contract.AppVersion, contract.AppliedBy, contract.ForcedReason));
        foreach (var server in new[] { schema.Primary, schema.Blue, schema.Green })
        {
            Assert.True(await Sql.EventuallyAsync(async () => !await schema.HasColumnAsync(server, "accounts", "is_verified")), $"is_verified still on {server}");
        }

        Assert.Equal(HttpStatusCode.Created, (await v3.CreateAccountAsync("after@example.org", verified: true)).Status);
        Assert.True(await Sql.EventuallyAsync(async () => await v3.VerifiedAsync() == new VerifiedAnswer(2, 2, "email_verified")));
    }

    [Fact]
    public async Task Contract_ForcedWithAReasonInsideTheSoak_AppliedAndTheReasonRecorded()
    {
        await using var schema = await TestSchema.CreateAsync(cluster);
        var migrator = Migrator(schema);
        await migrator.ApplyReleaseExpandsAsync(_set, new MigrationRun("3.0.0", "alice"), CancellationToken.None);

        var outcome = await migrator.ApplyContractsAsync(
            Contract(Running(DeploymentColor.Green, "3.0.0", ColorRole.Active)) with { Force = true, Reason = "column holds personal data" },
            new MigrationRun("3.0.0", "bob"), CancellationToken.None);

        Assert.True(outcome.Run!.Succeeded);
        Assert.Equal("column holds personal data", (await migrator.ReadHistoryAsync(CancellationToken.None)).Find(3)!.ForcedReason);
    }

    [Fact]
    public async Task Rollback_AfterTheContract_RefusedOntoVersion2_WhichReallyCannotWriteAnyMore()
    {
        await using var schema = await TestSchema.CreateAsync(cluster);
        var migrator = Migrator(schema);
        await migrator.ApplyReleaseExpandsAsync(_set, new MigrationRun("3.0.0", "alice"), CancellationToken.None);
        _clock.Now = ReleaseLive.AddDays(1);
        Assert.True((await migrator.ApplyContractsAsync(Contract(Running(DeploymentColor.Green, "3.0.0", ColorRole.Active)), new MigrationRun("3.0.0", "alice"), CancellationToken.None)).Run!.Succeeded);

        var refusal = await migrator.CheckTrafficAsync("rollback", DeploymentColor.Blue, AppVersion.Of("2.0.0"), CancellationToken.None);

        Assert.Equal(RefusalKind.BrokenVersion, refusal!.Kind);
        Assert.StartsWith("Cannot rollback to blue: it runs 2.0.0, which applied contract 0003_drop_is_verified.contract.sql (breaks < 3.0.0, applied with 3.0.0 at ", refusal.Reason);
        Assert.Equal("Deploy a version outside < 3.0.0 to blue first, then rollback again.", refusal.Fix);
        Assert.Null(await migrator.CheckTrafficAsync("rollback", DeploymentColor.Blue, AppVersion.Of("3.0.0"), CancellationToken.None));
        Assert.NotNull(await migrator.CheckDeployAsync(DeploymentColor.Blue, AppVersion.Of("1.0.0"), CancellationToken.None));
        await using var v2 = await SampleAppInstance.StartAsync("blue", "2.0.0", schema.Primary, schema.Blue);
        var (status, body) = await v2.CreateAccountAsync("lost@example.org", verified: true);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(
            "The primary database failed: 42703: column \"is_verified\" of relation \"accounts\" does not exist\n\nPOSITION: 30",
            JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }

    private static RunningColor Running(DeploymentColor color, string version, ColorRole role) => new(color, AppVersion.Of(version), role);

    private static ContractRequest Contract(params RunningColor[] running) => new()
    {
        Set = MigrationRunnerTests.SampleMigrations(),
        Running = running,
        NewestReleaseLiveSince = ReleaseLive,
    };

    private SchemaMigrator Migrator(TestSchema schema) => new(schema.Database, _clock);
}
