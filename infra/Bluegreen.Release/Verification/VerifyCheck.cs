namespace Bluegreen.Release.Verification;

/// <summary>
/// A check declared with the app, run through the test listener against the idle color before it gets production
/// traffic: <see cref="Requests"/> GET requests to <see cref="Path"/>, every one of which must pass.
/// </summary>
public sealed record VerifyCheck
{
    /// <summary>The path to request, e.g. <c>/health</c> or <c>/api/orders?limit=1</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The status every answer must have.</summary>
    /// <remarks>Left out, 200.</remarks>
    public int ExpectedStatus { get; init; } = 200;

    /// <summary>Text every answer's body must contain (ordinal, case-sensitive).</summary>
    /// <remarks>Left out, the body is not read.</remarks>
    public string? BodyContains { get; init; }

    /// <summary>How many requests to send, one after the other.</summary>
    /// <remarks>Left out, 1.</remarks>
    public int Requests { get; init; } = 1;

    public const int MaxRequests = 1000;

    /// <summary>Every problem with a list of checks, each naming the check and how to fix it.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<VerifyCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var errors = new List<string>();
        for (var i = 0; i < checks.Count; i++)
        {
            var check = checks[i];
            var name = $"verify check {i + 1} ({check.Path})";
            if (!check.Path.StartsWith('/') || check.Path.StartsWith("//", StringComparison.Ordinal))
            {
                errors.Add($"{name}: the path must start with a single '/', e.g. /health; the test listener's address is added to it.");
            }

            if (check.ExpectedStatus is < 100 or > 599)
            {
                errors.Add($"{name}: expected status {check.ExpectedStatus} is not an HTTP status; give one from 100 to 599, e.g. 200.");
            }

            if (check.Requests is < 1 or > MaxRequests)
            {
                errors.Add($"{name}: {check.Requests} requests; give 1 to {MaxRequests}.");
            }

            if (check.BodyContains is { Length: 0 })
            {
                errors.Add($"{name}: the body text is empty; give the text to look for, or leave it out to not read the body.");
            }
        }

        return errors;
    }
}
