using System.Globalization;
using Bluegreen.Release.Phases;
using Bluegreen.Release.Strategy;

namespace Bluegreen.Release.Cooldown;

/// <summary>One finished release as the operations log keeps it.</summary>
/// <param name="At">When the release ended.</param>
/// <param name="Reason">For an automatic rollback: the decision's reason with its figures.</param>
public sealed record ReleaseLogRecord(string Stack, string Version, DateTimeOffset At, ReleaseOutcome Outcome, string? Reason = null);

/// <summary>Whether a release of a version may start now, and why.</summary>
/// <param name="Overridden">The cooldown was in force and <c>--force</c> set it aside (log this).</param>
/// <param name="BlockedUntil">When the cooldown that applies ends; null when none applies.</param>
public sealed record CooldownDecision(bool Allowed, bool Overridden, DateTimeOffset? BlockedUntil, string Message);

/// <summary>
/// A version that was rolled back automatically may not be released again on the same stack for a while, unless
/// <c>--force</c>: the same fault would most likely roll back again. A later promotion of that version (forced)
/// ends the cooldown; a manual abort neither starts nor ends one.
/// </summary>
public static class CooldownRule
{
    /// <summary>The cooldown when the stack's settings do not name one.</summary>
    public static readonly TimeSpan DefaultCooldown = TimeSpan.FromMinutes(30);

    public static CooldownDecision Check(
        IEnumerable<ReleaseLogRecord> log,
        string stack,
        string version,
        DateTimeOffset now,
        TimeSpan cooldown,
        bool force)
    {
        ArgumentNullException.ThrowIfNull(log);
        var ofVersion = log.Where(record => record.Stack == stack && record.Version == version).OrderBy(record => record.At).ToList();
        var rollback = ofVersion.LastOrDefault(record => record.Outcome == ReleaseOutcome.RolledBack);
        if (rollback is null || ofVersion.Any(record => record.Outcome == ReleaseOutcome.Promoted && record.At > rollback.At))
        {
            return new CooldownDecision(true, false, null, $"No automatic rollback of {version} stands in the way.");
        }

        var until = rollback.At + cooldown;
        var what = $"{version} was rolled back automatically at {Time(rollback.At)}" + (rollback.Reason is null ? "" : $" ({rollback.Reason})");
        if (now >= until)
        {
            return new CooldownDecision(true, false, null, $"{what}; its cooldown of {DurationText.Format(cooldown)} ended at {Time(until)}.");
        }

        return force
            ? new CooldownDecision(true, true, until, $"{what}; its cooldown until {Time(until)} is overridden by --force.")
            : new CooldownDecision(false, false, until,
                $"{what}; releasing it again is blocked until {Time(until)}. Release a fixed version, or pass --force to release {version} anyway.");
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
