using Semver;

namespace Bluegreen.Migrations.Model;

/// <summary>
/// The app versions a contract breaks, e.g. <c>&lt; 2.0.0</c>, <c>&gt;= 1.0.0 &lt; 1.4.0</c> or <c>&lt; 1.2 || 1.5.*</c>
/// (the standard range syntax of the Semver library: comparisons separated by spaces must all hold, <c>||</c> joins
/// alternatives). Prerelease versions count by their order, so <c>&lt; 2.0.0</c> breaks <c>2.0.0-rc.1</c> too.
/// </summary>
public sealed class BreakingRange
{
    // IncludeAllPrerelease: without it Semver leaves out prereleases such as 1.9.0-beta from "< 2.0.0" (see
    // SemVersionRangeOptions.IncludeAllPrerelease), which would let a contract drop what such a build still reads.
    private const SemVersionRangeOptions Options =
        SemVersionRangeOptions.IncludeAllPrerelease | SemVersionRangeOptions.AllowV | SemVersionRangeOptions.OptionalMinorPatch;

    private readonly SemVersionRange _range;

    private BreakingRange(string text, SemVersionRange range)
    {
        Text = text;
        _range = range;
    }

    /// <summary>The range as written in the file, trimmed.</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says what is wrong with it.</summary>
    public static bool TryParse(string text, out BreakingRange? range, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        range = null;
        problem = null;
        if (trimmed.Length == 0)
        {
            problem = "is empty";
            return false;
        }

        try
        {
            var parsed = SemVersionRange.Parse(trimmed, Options);
            if (parsed.Count == 0)
            {
                problem = "matches no version at all";
                return false;
            }

            range = new BreakingRange(trimmed, parsed);
            return true;
        }
        catch (FormatException failure)
        {
            problem = failure.Message;
            return false;
        }
    }

    /// <summary>True when <paramref name="version"/> is a semantic version inside the range.</summary>
    public bool Breaks(AppVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.Semantic is not null && _range.Contains(version.Semantic);
    }

    public override string ToString() => Text;
}
