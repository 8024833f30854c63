using System.Globalization;

namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// A version as blang/semver v3.5.1 <c>Parse</c> reads it: <c>major.minor.patch</c> without leading zeros, then
/// optional <c>-prerelease</c> and <c>+build</c>. <see cref="TryParseTolerant"/> is <c>ParseTolerant</c>, which
/// pulumi-yaml's <c>ParseVersion</c> uses for <c>options.version</c>: it trims spaces and a leading <c>v</c> and
/// fills a missing minor or patch with 0, so <c>7.48</c> is 7.48.0 but a range such as <c>&gt;=7.0.0</c> fails.
/// </summary>
public sealed record SemanticVersion(ulong Major, ulong Minor, ulong Patch, IReadOnlyList<string> PreRelease) : IComparable<SemanticVersion>
{
    public static bool TryParseTolerant(string text, out SemanticVersion? version, out string error)
    {
        var trimmed = text.Trim();
        trimmed = trimmed.StartsWith('v') ? trimmed[1..] : trimmed;
        var parts = trimmed.Split('.', 3).ToList();
        if (parts.Count < 3)
        {
            if (parts[^1].IndexOfAny(['+', '-']) >= 0)
            {
                version = null;
                error = "Short version cannot contain PreRelease/Build meta data";
                return false;
            }

            while (parts.Count < 3)
            {
                parts.Add("0");
            }

            trimmed = string.Join('.', parts);
        }

        return TryParse(trimmed, out version, out error);
    }

    public static bool TryParse(string text, out SemanticVersion? version, out string error)
    {
        version = null;
        error = "";
        if (text.Length == 0)
        {
            error = "Version string empty";
            return false;
        }

        var parts = text.Split('.', 3);
        if (parts.Length != 3)
        {
            error = "No Major.Minor.Patch elements found";
            return false;
        }

        var patchText = parts[2];
        var build = patchText.IndexOf('+', StringComparison.Ordinal);
        patchText = build >= 0 ? patchText[..build] : patchText;
        var pre = patchText.IndexOf('-', StringComparison.Ordinal);
        var preRelease = pre >= 0 ? patchText[(pre + 1)..].Split('.') : [];
        patchText = pre >= 0 ? patchText[..pre] : patchText;
        var names = new[] { "major", "minor", "patch" };
        var numbers = new ulong[3];
        var texts = new[] { parts[0], parts[1], patchText };
        for (var i = 0; i < 3; i++)
        {
            if (texts[i].Length == 0 || !texts[i].All(char.IsAsciiDigit))
            {
                error = $"Invalid character(s) found in {names[i]} number \"{texts[i]}\"";
                return false;
            }

            if (texts[i].Length > 1 && texts[i][0] == '0')
            {
                error = $"{char.ToUpperInvariant(names[i][0])}{names[i][1..]} number must not contain leading zeroes \"{texts[i]}\"";
                return false;
            }

            numbers[i] = ulong.Parse(texts[i], CultureInfo.InvariantCulture);
        }

        if (preRelease.Any(p => p.Length == 0))
        {
            error = "Prerelease is empty";
            return false;
        }

        version = new SemanticVersion(numbers[0], numbers[1], numbers[2], preRelease);
        return true;
    }

    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var core = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (core != 0 || (PreRelease.Count == 0 && other.PreRelease.Count == 0))
        {
            return core;
        }

        if (PreRelease.Count == 0 || other.PreRelease.Count == 0)
        {
            return PreRelease.Count == 0 ? 1 : -1;
        }

        foreach (var (mine, theirs) in PreRelease.Zip(other.PreRelease))
        {
            var compared = ulong.TryParse(mine, out var a) && ulong.TryParse(theirs, out var b) ? a.CompareTo(b) : string.CompareOrdinal(mine, theirs);
            if (compared != 0)
            {
                return Math.Sign(compared);
            }
        }

        return PreRelease.Count.CompareTo(other.PreRelease.Count);
    }

    public override string ToString() => $"{Major}.{Minor}.{Patch}" + (PreRelease.Count > 0 ? "-" + string.Join('.', PreRelease) : "");
}
