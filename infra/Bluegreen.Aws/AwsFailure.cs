namespace Bluegreen.Aws;

/// <summary>A call that did not give an answer, said so a person can act on it.</summary>
/// <param name="Message">What went wrong, naming the command or resource.</param>
/// <param name="Fix">What to do about it.</param>
/// <param name="CommandLine">The command as typed, when one ran.</param>
/// <param name="ExitCode">The CLI's exit code, when one ran.</param>
/// <param name="ErrorCode">The service's error code, e.g. <c>AccessDenied</c>, when it gave one.</param>
public sealed record AwsFailure(
    AwsErrorKind Kind,
    string Message,
    string Fix,
    string? CommandLine = null,
    int? ExitCode = null,
    string? ErrorCode = null)
{
    public override string ToString() => $"{Message} {Fix}";
}
