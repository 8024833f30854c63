using Bluegreen.Components;
using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;
using Bluegreen.Migrations.Rules;
using static Bluegreen.Tests.Migrations.TestMigrations;

namespace Bluegreen.Tests.Migrations;

public sealed class SchemaCompatibilityTests
{
    [Fact]
    public void CheckTraffic_RollbackToAColorAnAppliedContractBroke_RefusedWithTheFix()
    {
        var refusal = SchemaCompatibility.CheckTraffic("rollback", DeploymentColor.Blue, AppVersion.Of("1.0.0"), Contracted);

        Assert.Equal(
            new Refusal(RefusalKind.BrokenVersion,
                "Cannot rollback to blue: it runs 1.0.0, which applied contract 0003_drop_is_verified.contract.sql (breaks < 2.0.0, applied with 3.0.0 "
                + "at 2026-11-02T12:00:00Z) broke; the schema no longer has what 1.0.0 needs.",
                "Deploy a version outside < 2.0.0 to blue first, then rollback again."),
            refusal);
    }

    [Theory]
    [InlineData("2.0.0")]
    [InlineData("3.1.0")]
    public void CheckTraffic_VersionOutsideTheRange_Allowed(string version)
    {
        Assert.Null(SchemaCompatibility.CheckTraffic("switch", DeploymentColor.Green, AppVersion.Of(version), Contracted));
    }

    [Fact]
    public void CheckTraffic_BeforeAnyContract_AllowsEvenAVersionThatIsNotSemantic()
    {
        Assert.Null(SchemaCompatibility.CheckTraffic("switch", DeploymentColor.Green, AppVersion.Of("1.0.0"), Expanded));
        Assert.Null(SchemaCompatibility.CheckTraffic("switch", DeploymentColor.Green, AppVersion.Of("latest"), Expanded));
    }

    [Fact]
    public void CheckTraffic_VersionNotSemanticAfterAContract_Refused()
    {
        var refusal = SchemaCompatibility.CheckTraffic("abort the release", DeploymentColor.Green, AppVersion.Of("latest"), Contracted);

        Assert.Equal(RefusalKind.UnknownVersion, refusal!.Kind);
        Assert.Equal("Deploy a semantic-version tag outside < 2.0.0 to green first, then abort the release again.", refusal.Fix);
    }

    [Fact]
    public void CheckTraffic_JudgesByTheRangeRecordedInTheHistory_NotTodaysFiles()
    {
        var recorded = History(Applied(M(1), "1.0.0"), Applied(M(3), "3.0.0") with { Breaks = "< 1.5.0" });

        Assert.Null(SchemaCompatibility.CheckTraffic("switch", DeploymentColor.Blue, AppVersion.Of("1.6.0"), recorded));
        Assert.NotNull(SchemaCompatibility.CheckTraffic("switch", DeploymentColor.Blue, AppVersion.Of("1.4.0"), recorded));
    }

    [Fact]
    public void ContractsBreaking_RecordedRangeUnreadable_CountsAsBreaking()
    {
        var tampered = History(Applied(M(3), "3.0.0") with { Breaks = "soon" });

        Assert.Equal([DropIsVerified], SchemaCompatibility.ContractsBreaking(AppVersion.Of("9.0.0"), tampered).Select(applied => applied.FileName));
    }

    [Fact]
    public void CheckDeploy_BrokenVersion_RefusedBeforeAnythingStarts()
    {
        var refusal = SchemaCompatibility.CheckDeploy(DeploymentColor.Blue, AppVersion.Of("1.2.0"), Contracted);

        Assert.Equal(
            new Refusal(RefusalKind.BrokenVersion,
                "Cannot deploy 1.2.0 to blue: applied contract 0003_drop_is_verified.contract.sql (breaks < 2.0.0, applied with 3.0.0 at 2026-11-02T12:00:00Z) "
                + "removed what 1.2.0 needs.",
                "Deploy a version outside < 2.0.0."),
            refusal);
        Assert.Null(SchemaCompatibility.CheckDeploy(DeploymentColor.Blue, AppVersion.Of("2.0.0"), Contracted));
        Assert.Null(SchemaCompatibility.CheckDeploy(DeploymentColor.Blue, AppVersion.Of("1.2.0"), SchemaHistory.Empty));
    }
}
