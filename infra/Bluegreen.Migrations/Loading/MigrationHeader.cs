using System.Text.RegularExpressions;

namespace Bluegreen.Migrations.Loading;

/// <summary>
/// The header of a migration: the comment lines (<c>--</c>) and blank lines before its first statement. It holds at
/// most one declaration, <c>-- breaks: &lt;version range&gt;</c>; any other comment is free text.
/// </summary>
internal static partial class MigrationHeader
{
    /// <param name="Breaks">The range text after <c>breaks:</c>; null when the header has none.</param>
    /// <param name="HasStatements">The file holds something other than comments and blank lines.</param>
    /// <param name="Problems">Declarations in the wrong place or repeated.</param>
    public sealed record Contents(string? Breaks, bool HasStatements, IReadOnlyList<(string Problem, string Fix)> Problems);

    public static Contents Read(string text)
    {
        string? breaks = null;
        var inHeader = true;
        var hasStatements = false;
        var problems = new List<(string, string)>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            var declaration = line.StartsWith("--", StringComparison.Ordinal) ? BreaksPattern().Match(line[2..].Trim()) : null;
            if (declaration is { Success: true })
            {
                var value = declaration.Groups["range"].Value.Trim();
                if (!inHeader)
                {
                    problems.Add(($"declares \"breaks: {value}\" after its first statement, where it is not read.",
                        "Move the \"-- breaks:\" line to the top of the file, before any SQL."));
                }
                else if (breaks is not null)
                {
                    problems.Add(($"declares breaks twice (\"{breaks}\" and \"{value}\").",
                        "Keep one \"-- breaks:\" line; join alternatives with \"||\", e.g. \"< 1.2.0 || 1.5.*\"."));
                }
                else
                {
                    breaks = value;
                }
            }
            else if (line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal))
            {
                inHeader = false;
                hasStatements = true;
            }
        }

        return new Contents(breaks, hasStatements, problems);
    }

    [GeneratedRegex(@"^breaks\s*:(?<range>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BreaksPattern();
}
