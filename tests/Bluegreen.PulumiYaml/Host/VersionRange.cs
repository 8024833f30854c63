namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// Version ranges and versions as blang/semver v3.5.1 reads them: <c>ParseRange</c> for the CLI's
/// <c>requiredPulumiVersion</c> and the program's <c>pulumi.requiredVersion</c> (<c>ValidatePulumiVersionRange</c>),
/// <c>ParseTolerant</c> for <c>options.version</c> (pulumi-yaml <c>ParseVersion</c>). A range is comparators
/// (<c>&gt;=3.219.0</c>, <c>!3.2.1</c>, a bare version) joined by spaces (and) and <c>||</c> (or); each version must
/// be a full <c>major.minor.patch</c>. Wildcards (<c>3.x</c>) are not modelled and are reported as such.
/// </summary>
public sealed class VersionRange
{
    private readonly IReadOnlyList<IReadOnlyList<(string Operator, SemanticVersion Version)>> _alternatives;

    private VersionRange(IReadOnlyList<IReadOnlyList<(string, SemanticVersion)>> alternatives) => _alternatives = alternatives;

    /// <summary>The range, or null with <paramref name="error"/> worded like blang/semver.</summary>
    public static VersionRange? TryParse(string text, out string error)
    {
        error = "";
        var parts = SplitAndTrim(text);
        if (parts.Count == 0 || parts[0] == "||" || parts[^1] == "||")
        {
            error = parts.Count == 0 ? "Could not get version from string: \"\"" : "First or last element in range is '||'";
            return null;
        }

        var alternatives = new List<IReadOnlyList<(string, SemanticVersion)>>();
        var current = new List<(string, SemanticVersion)>();
        foreach (var part in parts)
        {
            if (part == "||")
            {
                alternatives.Add(current);
                current = [];
                continue;
            }

            var digit = part.IndexOfAny("0123456789".ToCharArray());
            if (digit < 0 || part.Contains('x', StringComparison.Ordinal))
            {
                error = digit < 0 ? $"Could not get version from string: \"{part}\"" : $"wildcard in \"{part}\" is not modelled here";
                return null;
            }

            var op = part[..digit];
            if (op is not ("" or "=" or "==" or ">" or ">=" or "<" or "<=" or "!" or "!="))
            {
                error = $"Could not parse comparator \"{op}\" in \"{part}\"";
                return null;
            }

            if (SemanticVersion.TryParse(part[digit..], out var version, out var versionError) is false)
            {
                error = $"Could not parse Range \"{part}\": Could not parse version \"{part[digit..]}\" in \"{part}\": {versionError}";
                return null;
            }

            current.Add((op, version!));
        }

        alternatives.Add(current);
        return new VersionRange(alternatives);
    }

    public bool Contains(SemanticVersion version) =>
        _alternatives.Any(all => all.All(c => c.Operator switch
        {
            ">" => version.CompareTo(c.Version) > 0,
            ">=" => version.CompareTo(c.Version) >= 0,
            "<" => version.CompareTo(c.Version) < 0,
            "<=" => version.CompareTo(c.Version) <= 0,
            "!" or "!=" => version.CompareTo(c.Version) != 0,
            _ => version.CompareTo(c.Version) == 0,
        }));

    /// <summary>The lowest version a range admits, when it has a single <c>&gt;=</c> lower bound.</summary>
    public SemanticVersion? Minimum =>
        _alternatives is [var all] && all.Where(c => c.Operator == ">=").ToList() is [var lower] ? lower.Version : null;

    /// <summary><c>splitAndTrim</c>: split on spaces, except after an operator, so "&gt;= 1.0.0" stays one part.</summary>
    private static List<string> SplitAndTrim(string text)
    {
        var result = new List<string>();
        var last = 0;
        var lastChar = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && lastChar is not ('>' or '<' or '='))
            {
                if (last < i - 1)
                {
                    result.Add(text[last..i]);
                }

                last = i + 1;
            }
            else if (text[i] != ' ')
            {
                lastChar = text[i];
            }
        }

        if (last < text.Length - 1)
        {
            result.Add(text[last..]);
        }

        return result.Select(r => r.Replace(" ", "", StringComparison.Ordinal)).ToList();
    }
}
