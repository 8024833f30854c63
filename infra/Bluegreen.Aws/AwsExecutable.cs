namespace Bluegreen.Aws;

/// <summary>Finds the <c>aws</c> program: <c>BLUEGREEN_AWS</c> when set, else the first match on PATH.</summary>
public static class AwsExecutable
{
    public const string OverrideVariable = "BLUEGREEN_AWS";

    public static readonly string InstallHint =
        "Install the AWS CLI version 2 (https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html) "
        + $"and put it on PATH, or set {OverrideVariable} to the full path of the aws program.";

    /// <param name="environment">Reads an environment variable; tests pass their own.</param>
    public static AwsResult<string> Locate(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var configured = environment(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : new AwsFailure(
                    AwsErrorKind.CliMissing,
                    $"{OverrideVariable} is set to '{configured}', but no file is there.",
                    "Fix the path or unset it to search PATH.");
        }

        var fileName = OperatingSystem.IsWindows() ? "aws.exe" : "aws";
        var onPath = (environment("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, fileName))
            .FirstOrDefault(File.Exists);
        return onPath is not null
            ? onPath
            : new AwsFailure(AwsErrorKind.CliMissing, "The AWS CLI was not found.", InstallHint);
    }
}
