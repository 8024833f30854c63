namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>One finished run of the pulumi program, exactly as it happened.</summary>
/// <param name="Arguments">Every argument passed, in order, including the stack and folder flags.</param>
internal sealed record PulumiRun(
    IReadOnlyList<string> Arguments,
    int ExitCode,
    string StandardOutput,
    string StandardError)
{
    /// <summary>The command as a person would type it, for messages. Never includes secret values: none are passed as arguments.</summary>
    public string CommandLine => "pulumi " + string.Join(' ', Arguments.Select(Quote));

    /// <summary>The last non-blank lines of standard error, enough to say why a run failed without flooding the terminal.</summary>
    public IReadOnlyList<string> ErrorLines(int count = 12) =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(count).ToList();

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => !char.IsWhiteSpace(c) && c != '\'' && c != '"' && c != '$')
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
