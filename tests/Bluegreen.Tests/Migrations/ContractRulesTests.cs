using Bluegreen.Components;
using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;
using Bluegreen.Migrations.Rules;
using static Bluegreen.Tests.Migrations.TestMigrations;

namespace Bluegreen.Tests.Migrations;

public sealed class ContractRulesTests
{
    private static readonly RunningColor GreenActiveOn2 = Running(DeploymentColor.Green, "2.0.0", ColorRole.Active);
    private static readonly RunningColor BlueIdleOn2 = Running(DeploymentColor.Blue, "2.0.1", ColorRole.Idle);
    private static readonly DateTimeOffset DayAfterNoon = Noon.AddHours(24);

    [Fact]
    public void Decide_BothColorsOnCompatibleVersionsAfterSoak_RunsThePendingContract()
    {
        var decision = Decide([GreenActiveOn2, BlueIdleOn2], now: DayAfterNoon);

        Assert.True(decision.Allowed);
        Assert.Equal([DropIsVerified], decision.Contracts.Select(migration => migration.FileName));
        Assert.Null(decision.ForcedReason);
    }

    [Fact]
    public void Decide_NothingPending_AllowsAnEmptyRun()
    {
        var decision = Decide([Running(DeploymentColor.Blue, "1.0.0", ColorRole.Idle)], history: Contracted, noLiveRelease: true);

        Assert.Equal((true, 0), (decision.Allowed, decision.Contracts.Count));
    }

    [Fact]
    public void Decide_IdleColorKeptForRollbackRunsABrokenVersion_RefusedWithTheFix()
    {
        var decision = Decide([GreenActiveOn2, Running(DeploymentColor.Blue, "1.0.0", ColorRole.Idle)], now: DayAfterNoon);

        Assert.False(decision.Allowed);
        Assert.Equal(
            [new Refusal(RefusalKind.BrokenVersion,
                "Contract 0003_drop_is_verified.contract.sql breaks < 2.0.0, and blue (idle, kept for rollback) runs 1.0.0.",
                "Deploy a version outside < 2.0.0 to blue first: a contract runs only when no running color, active or kept for rollback, still needs what it removes.")],
            decision.Refusals);
    }

    [Theory]
    [InlineData("1.9.9")]
    [InlineData("2.0.0-rc.1")]
    [InlineData("v1")]
    public void Decide_ActiveColorBelowTheRange_Refused(string version)
    {
        var decision = Decide([Running(DeploymentColor.Green, version, ColorRole.Active)], now: DayAfterNoon);

        Assert.Equal([RefusalKind.BrokenVersion], decision.Refusals.Select(refusal => refusal.Kind));
        Assert.Equal($"Contract 0003_drop_is_verified.contract.sql breaks < 2.0.0, and green (active) runs {version}.", decision.Refusals[0].Reason);
    }

    [Fact]
    public void Decide_ColorOnAVersionThatIsNotSemantic_RefusedAsUnprovable()
    {
        var decision = Decide([GreenActiveOn2, Running(DeploymentColor.Blue, "latest", ColorRole.Idle)], now: DayAfterNoon);

        Assert.Equal(
            [new Refusal(RefusalKind.UnknownVersion,
                "blue (idle, kept for rollback) runs latest, which is not a semantic version, so contract 0003_drop_is_verified.contract.sql (breaks < 2.0.0) cannot be proven safe for it.",
                "Deploy a semantic-version tag outside < 2.0.0 to blue first.")],
            decision.Refusals);
    }

    [Fact]
    public void Decide_WithinTheSoakTime_RefusedWithWhenItWillBeAllowed()
    {
        var decision = Decide([GreenActiveOn2, BlueIdleOn2], now: Noon.AddHours(3).AddMinutes(12));

        Assert.Equal(
            [new Refusal(RefusalKind.Soaking,
                "The newest release went live 3 h 12 min ago (at 2026-11-02T12:00:00Z); contracts wait until it has been live for 24 h.",
                "Run it again after 2026-11-03T12:00:00Z, or pass --force with --reason to skip the soak (recorded in the schema history).")],
            decision.Refusals);
    }

    [Fact]
    public void Decide_OneSecondBeforeTheSoakEnds_Refused_AndAtItsEnd_Allowed()
    {
        Assert.False(Decide([GreenActiveOn2], now: DayAfterNoon.AddSeconds(-1)).Allowed);
        Assert.True(Decide([GreenActiveOn2], now: DayAfterNoon).Allowed);
    }

    [Fact]
    public void Decide_ShorterSoakSetting_Honoured()
    {
        var decision = Decide([GreenActiveOn2], now: Noon.AddHours(1), soak: TimeSpan.FromHours(1));

        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Decide_NoReleaseLiveYet_Refused()
    {
        var decision = Decide([GreenActiveOn2], noLiveRelease: true);

        Assert.Equal(
            [new Refusal(RefusalKind.NoLiveRelease,
                "No release has gone live yet, so its soak time (24 h) has not started.",
                "Release the version that no longer needs what the contract removes, wait 24 h, then run it again; or pass --force with --reason.")],
            decision.Refusals);
    }

    [Fact]
    public void Decide_ForceWithAReason_SkipsTheSoakAndCarriesTheReason()
    {
        var decision = Decide([GreenActiveOn2], now: Noon.AddMinutes(5), force: true, reason: "  disk full, column is 40 GB ");

        Assert.True(decision.Allowed);
        Assert.Equal("disk full, column is 40 GB", decision.ForcedReason);
    }

    [Fact]
    public void Decide_ForceWithoutAReason_Refused()
    {
        var decision = Decide([GreenActiveOn2], now: Noon.AddMinutes(5), force: true, reason: " ");

        Assert.Equal(
            [new Refusal(RefusalKind.ForceWithoutReason,
                "--force skips the soak time only with a reason, which the schema history records.",
                "Add --reason \"...\" saying why the contract cannot wait.")],
            decision.Refusals);
    }

    [Fact]
    public void Decide_ForceNeverOverridesABrokenColor()
    {
        var decision = Decide([Running(DeploymentColor.Green, "1.0.0", ColorRole.Active)], now: DayAfterNoon, force: true, reason: "hurry");

        Assert.Equal([RefusalKind.BrokenVersion], decision.Refusals.Select(refusal => refusal.Kind));
        Assert.Null(decision.ForcedReason);
    }

    [Fact]
    public void Decide_AnExpandBeforeTheContractHasNotRun_Refused()
    {
        var decision = Decide([GreenActiveOn2], history: History(Applied(M(1), "1.0.0")), now: DayAfterNoon);

        Assert.Equal(
            [new Refusal(RefusalKind.ExpandNotApplied,
                "Contract 0003_drop_is_verified.contract.sql comes after 0002_add_email_verified.expand.sql, which has not run.",
                "Release a version that ships it first (a release applies its expands), then run the contract again.")],
            decision.Refusals);
    }

    [Fact]
    public void Decide_SeveralReasons_ListsEveryOne()
    {
        var decision = Decide(
            [Running(DeploymentColor.Green, "1.4.0", ColorRole.Active), Running(DeploymentColor.Blue, "1.0.0", ColorRole.Idle)],
            now: Noon.AddHours(1));

        Assert.Equal([RefusalKind.BrokenVersion, RefusalKind.BrokenVersion, RefusalKind.Soaking], decision.Refusals.Select(refusal => refusal.Kind));
        Assert.Equal([DropIsVerified], decision.Contracts.Select(migration => migration.FileName));
    }

    [Fact]
    public void Decide_NegativeSoak_IsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Decide([GreenActiveOn2], soak: TimeSpan.FromHours(-1)));
    }

    private static RunningColor Running(DeploymentColor color, string version, ColorRole role) => new(color, AppVersion.Of(version), role);

    private static ContractDecision Decide(
        IReadOnlyList<RunningColor> running,
        SchemaHistory? history = null,
        DateTimeOffset? now = null,
        TimeSpan? soak = null,
        bool force = false,
        string? reason = null,
        bool noLiveRelease = false) =>
        ContractRules.Decide(
            new ContractRequest
            {
                Set = Sample,
                Running = running,
                NewestReleaseLiveSince = noLiveRelease ? null : Noon,
                Soak = soak ?? ContractRequest.DefaultSoak,
                Force = force,
                Reason = reason,
            },
            history ?? Expanded,
            now ?? DayAfterNoon);
}
