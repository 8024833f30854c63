namespace Bluegreen.Release.Verification;

/// <summary>How one check went.</summary>
/// <param name="FirstFailure">What went wrong with the first failing request, e.g. "request 2: expected 200, got 503".</param>
public sealed record VerifyCheckResult(VerifyCheck Check, int Passed, int Failed, string? FirstFailure);

/// <summary>How the checks went; passed only when every request of every check passed.</summary>
public sealed record VerifyOutcome(bool Passed, IReadOnlyList<VerifyCheckResult> Checks, string Message)
{
    public static VerifyOutcome From(IReadOnlyList<VerifyCheckResult> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var failing = checks.Where(check => check.Failed > 0).ToList();
        var requests = checks.Sum(check => check.Passed + check.Failed);
        return failing.Count == 0
            ? new VerifyOutcome(true, checks, $"{checks.Count} check(s) passed ({requests} requests).")
            : new VerifyOutcome(false, checks, string.Join(" ", failing.Select(check =>
                $"Check GET {check.Check.Path} failed {check.Failed} of {check.Passed + check.Failed} requests: {check.FirstFailure}.")));
    }
}
