using Bluegreen.Components;
using Bluegreen.Migrations.History;
using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Rules;

/// <summary>
/// May the pending contracts run now? Only when no running color runs a version one of them breaks, every expand
/// numbered before them has run, and the newest release has been live for the soak time (or <c>--force</c> with a
/// reason skips that wait). Every refusal is listed, not just the first.
/// </summary>
public static class ContractRules
{
    public static ContractDecision Decide(ContractRequest request, SchemaHistory history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Soak, TimeSpan.Zero);
        var pending = ReleaseMigrations.PendingContracts(request.Set, history);
        if (pending.Count == 0)
        {
            return new ContractDecision([], [], null);
        }

        var refusals = new List<Refusal>();
        foreach (var contract in pending)
        {
            refusals.AddRange(MissingExpands(request.Set, history, contract));
            refusals.AddRange(request.Running.Select(color => BrokenColor(contract, color)).OfType<Refusal>());
        }

        refusals.AddRange(SoakRefusal(request, now) is { } soak ? [soak] : []);
        return refusals.Count > 0
            ? new ContractDecision(pending, refusals, null)
            : new ContractDecision(pending, [], request.Force ? request.Reason!.Trim() : null);
    }

    private static IEnumerable<Refusal> MissingExpands(MigrationSet set, SchemaHistory history, Migration contract)
    {
        var missing = set.Expands
            .Where(expand => expand.Number < contract.Number && !history.IsApplied(expand.Number))
            .Select(expand => expand.FileName)
            .ToList();
        if (missing.Count > 0)
        {
            yield return new Refusal(RefusalKind.ExpandNotApplied,
                $"Contract {contract.FileName} comes after {string.Join(", ", missing)}, which {(missing.Count == 1 ? "has" : "have")} not run.",
                "Release a version that ships it first (a release applies its expands), then run the contract again.");
        }
    }

    private static Refusal? BrokenColor(Migration contract, RunningColor color)
    {
        var range = contract.Breaks!;
        if (!color.Version.IsSemantic)
        {
            return new Refusal(RefusalKind.UnknownVersion,
                $"{color.Describe()}, which is not a semantic version, so contract {contract.FileName} (breaks {range}) cannot be proven safe for it.",
                $"Deploy a semantic-version tag outside {range} to {color.Color.Name()} first.");
        }

        return range.Breaks(color.Version)
            ? new Refusal(RefusalKind.BrokenVersion,
                $"Contract {contract.FileName} breaks {range}, and {color.Describe()}.",
                $"Deploy a version outside {range} to {color.Color.Name()} first: a contract runs only when no running color, "
                + "active or kept for rollback, still needs what it removes.")
            : null;
    }

    private static Refusal? SoakRefusal(ContractRequest request, DateTimeOffset now)
    {
        var soak = Durations.Describe(request.Soak);
        if (request.Force)
        {
            return string.IsNullOrWhiteSpace(request.Reason)
                ? new Refusal(RefusalKind.ForceWithoutReason,
                    "--force skips the soak time only with a reason, which the schema history records.",
                    "Add --reason \"...\" saying why the contract cannot wait.")
                : null;
        }

        if (request.NewestReleaseLiveSince is not { } since)
        {
            return new Refusal(RefusalKind.NoLiveRelease,
                $"No release has gone live yet, so its soak time ({soak}) has not started.",
                $"Release the version that no longer needs what the contract removes, wait {soak}, then run it again; or pass --force with --reason.");
        }

        var ready = since + request.Soak;
        return now >= ready
            ? null
            : new Refusal(RefusalKind.Soaking,
                $"The newest release went live {Durations.Describe(now - since)} ago (at {Durations.Moment(since)}); "
                + $"contracts wait until it has been live for {soak}.",
                $"Run it again after {Durations.Moment(ready)}, or pass --force with --reason to skip the soak (recorded in the schema history).");
    }
}
