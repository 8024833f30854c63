using Bluegreen.Release.Cooldown;
using Bluegreen.Release.Phases;

namespace Bluegreen.Tests.Release;

public sealed class CooldownRuleTests
{
    private static readonly DateTimeOffset RolledBackAt = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cooldown = TimeSpan.FromMinutes(30);

    private static readonly ReleaseLogRecord Rollback = new("dev", "2.1.0", RolledBackAt, ReleaseOutcome.RolledBack, "error rate +4.5 points");

    [Theory]
    [InlineData(10, false, false, false)]
    [InlineData(29, false, false, false)]
    [InlineData(30, false, true, false)]
    [InlineData(10, true, true, true)]
    public void Check_RecentAutomaticRollback_BlocksUntilTheCooldownEndsUnlessForced(int minutesLater, bool force, bool allowed, bool overridden)
    {
        var decision = CooldownRule.Check([Rollback], "dev", "2.1.0", RolledBackAt.AddMinutes(minutesLater), Cooldown, force);

        Assert.Equal((allowed, overridden), (decision.Allowed, decision.Overridden));
    }

    [Fact]
    public void Check_Blocked_SaysUntilWhenAndHowToProceed()
    {
        var decision = CooldownRule.Check([Rollback], "dev", "2.1.0", RolledBackAt.AddMinutes(5), Cooldown, force: false);

        Assert.Equal(RolledBackAt.AddMinutes(30), decision.BlockedUntil);
        Assert.Equal(
            "2.1.0 was rolled back automatically at 2026-11-02 10:00:00Z (error rate +4.5 points); releasing it again is blocked until "
            + "2026-11-02 10:30:00Z. Release a fixed version, or pass --force to release 2.1.0 anyway.",
            decision.Message);
    }

    [Fact]
    public void Check_Forced_SaysTheCooldownWasOverridden()
    {
        var decision = CooldownRule.Check([Rollback], "dev", "2.1.0", RolledBackAt.AddMinutes(5), Cooldown, force: true);

        Assert.Equal(
            "2.1.0 was rolled back automatically at 2026-11-02 10:00:00Z (error rate +4.5 points); its cooldown until 2026-11-02 10:30:00Z is overridden by --force.",
            decision.Message);
    }

    [Theory]
    [InlineData("dev", "2.2.0", ReleaseOutcome.RolledBack)] // another version
    [InlineData("prod", "2.1.0", ReleaseOutcome.RolledBack)] // another stack
    [InlineData("dev", "2.1.0", ReleaseOutcome.Aborted)] // a person's decision, not an automatic one
    [InlineData("dev", "2.1.0", ReleaseOutcome.Stopped)]
    public void Check_OnlyAnAutomaticRollbackOfThisVersionOnThisStackCounts(string stack, string version, ReleaseOutcome outcome)
    {
        var log = new[] { new ReleaseLogRecord(stack, version, RolledBackAt, outcome) };

        var decision = CooldownRule.Check(log, "dev", "2.1.0", RolledBackAt.AddMinutes(1), Cooldown, force: false);

        Assert.True(decision.Allowed);
        Assert.Equal("No automatic rollback of 2.1.0 stands in the way.", decision.Message);
    }

    [Fact]
    public void Check_PromotedSinceTheRollback_NoLongerBlocks()
    {
        var log = new[] { Rollback, new ReleaseLogRecord("dev", "2.1.0", RolledBackAt.AddMinutes(2), ReleaseOutcome.Promoted) };

        Assert.True(CooldownRule.Check(log, "dev", "2.1.0", RolledBackAt.AddMinutes(3), Cooldown, force: false).Allowed);
    }

    [Fact]
    public void Check_TheLatestRollbackCounts()
    {
        var log = new[] { Rollback with { At = RolledBackAt.AddHours(-2) }, Rollback, };

        var decision = CooldownRule.Check(log.Reverse(), "dev", "2.1.0", RolledBackAt.AddMinutes(20), Cooldown, force: false);

        Assert.False(decision.Allowed);
        Assert.Equal(RolledBackAt.AddMinutes(30), decision.BlockedUntil);
    }
}
