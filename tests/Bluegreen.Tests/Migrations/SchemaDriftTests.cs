using Bluegreen.Components;
using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;
using Bluegreen.Migrations.Rules;
using static Bluegreen.Tests.Migrations.TestMigrations;

namespace Bluegreen.Tests.Migrations;

public sealed class SchemaDriftTests
{
    private static readonly RunningColor Green2 = new(DeploymentColor.Green, AppVersion.Of("2.0.0"), ColorRole.Active);
    private static readonly RunningColor Blue1 = new(DeploymentColor.Blue, AppVersion.Of("1.0.0"), ColorRole.Idle);

    [Fact]
    public void Find_SchemaAsTheDeployedVersionsNeedIt_NoFinding()
    {
        Assert.Empty(SchemaDrift.Find(Sample, AppVersion.Of("2.0.0"), Expanded, [Green2, Blue1]));
    }

    [Fact]
    public void Find_FileEditedAfterItRan_ChangedAfterApply()
    {
        var history = History(Applied(M(1), "1.0.0"), Applied(M(2)) with { Checksum = new string('a', 64) });

        var finding = Assert.Single(SchemaDrift.Find(Sample, AppVersion.Of("2.0.0"), history, [Green2]));

        Assert.Equal(
            new SchemaDriftFinding(SchemaDriftKind.ChangedAfterApply, AddEmailVerified,
                $"Was changed after it ran with 2.0.0 at 2026-11-02T12:00:00Z (checksum aaaaaaaaaaaa then, {M(2).Checksum[..12]} now); the schema has the old text.",
                "Restore the file as it was applied and put the change into a new migration."),
            finding);
    }

    [Fact]
    public void Find_PhaseRenamedAfterItRan_PhaseChanged()
    {
        var history = History(Applied(M(1), "1.0.0"), Applied(M(2)) with { Phase = MigrationPhase.Contract, Breaks = "< 1.0.0" });

        var finding = Assert.Single(SchemaDrift.Find(Sample, AppVersion.Of("2.0.0"), history, [Green2]));

        Assert.Equal(SchemaDriftKind.PhaseChanged, finding.Kind);
        Assert.Equal("Ran as contract (ran with 2.0.0 at 2026-11-02T12:00:00Z), but 2.0.0 ships it as expand.", finding.Problem);
    }

    [Fact]
    public void Find_AppliedMigrationTheNewestVersionDoesNotShip_NotShipped()
    {
        var history = History(Applied(M(1), "1.0.0"), Applied(M(2)), new AppliedMigration(7, "0007_hotfix.expand.sql", MigrationPhase.Expand, null, "2.0.0", Noon, "bob", 3, "00", null));

        var finding = Assert.Single(SchemaDrift.Find(Sample, AppVersion.Of("2.0.0"), history, [Green2]));

        Assert.Equal(
            new SchemaDriftFinding(SchemaDriftKind.NotShipped, "0007_hotfix.expand.sql",
                "Is applied (ran with 2.0.0 at 2026-11-02T12:00:00Z) but 2.0.0 does not ship it.",
                "Put the file back into the app's migrations folder: the files that ran stay in the folder for good."),
            finding);
    }

    [Fact]
    public void Find_AppliedByANewerVersionThanTheSet_IsExpected()
    {
        var olderSet = Set((CreateAccounts, M(1).Sql));

        Assert.Empty(SchemaDrift.Find(olderSet, AppVersion.Of("1.0.0"), Expanded, [Blue1]));
    }

    [Fact]
    public void Find_RunningVersionWhoseExpandHasNotRun_ExpandMissing()
    {
        var history = History(Applied(M(1), "1.0.0"));

        var findings = SchemaDrift.Find(Sample, AppVersion.Of("2.0.0"), history, [Green2, Blue1]);

        Assert.Equal(
            [new SchemaDriftFinding(SchemaDriftKind.ExpandMissing, "green",
                "green (active) runs 2.0.0, but its expands 0002_add_email_verified.expand.sql have not run, so it may use tables or columns that do not exist.",
                "Apply 2.0.0's expands to the primary (a release does so before the version reaches a color).")],
            findings);
    }

    [Fact]
    public void Find_RunningColorAnAppliedContractBroke_BrokenColor()
    {
        var findings = SchemaDrift.Find(Sample, AppVersion.Of("3.0.0"), Contracted, [Blue1 with { Role = ColorRole.Active }]);

        Assert.Equal(
            [new SchemaDriftFinding(SchemaDriftKind.BrokenColor, "blue",
                "blue (active) runs 1.0.0, which applied 0003_drop_is_verified.contract.sql broke.",
                "Deploy a version outside < 2.0.0 to blue, or switch production to the other color if it runs a compatible version.")],
            findings);
    }
}
