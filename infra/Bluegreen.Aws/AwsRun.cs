namespace Bluegreen.Aws;

/// <summary>One finished run of the aws program, exactly as it happened.</summary>
/// <param name="Arguments">Every argument passed, in order.</param>
public sealed record AwsRun(
    IReadOnlyList<string> Arguments,
    int ExitCode,
    string StandardOutput,
    string StandardError)
{
    /// <summary>The command as a person would type it, for messages. No secret is ever passed as an argument.</summary>
    public string CommandLine => "aws " + string.Join(' ', Arguments.Select(Quote));

    /// <summary>The last non-blank lines of standard error.</summary>
    public IReadOnlyList<string> ErrorLines(int count = 6) =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(count).ToList();

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => !char.IsWhiteSpace(c) && c != '\'' && c != '"' && c != '$' && c != '{' && c != '[')
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
