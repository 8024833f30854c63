using System.Text.RegularExpressions;

namespace Bluegreen.Stacks.Config;

/// <summary>
/// The one rule for image tags (app versions), applied by the config schema (plan, synth, every stack load) and by
/// deploy --version on both engines: the shape a registry accepts, and text that Pulumi's YAML host keeps as text
/// (<see cref="PulumiConfigText.HostReading"/>), so "1.10" never reaches the program as 1.1.
/// </summary>
public static partial class ImageTagRule
{
    private const string Shape = "1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'";

    /// <summary>Why <paramref name="tag"/> cannot be used, as one sentence that ends with the fix; null when it can.</summary>
    public static string? Check(string tag) =>
        Problem(tag) is { } problem ? $"{Quoted.Shortened(tag)} is not a usable image tag: it must be {problem}." : null;

    /// <summary>The rule <paramref name="tag"/> breaks, phrased to follow "must be"; null when it keeps the rule.</summary>
    public static string? Problem(string tag)
    {
        if (!Pattern().IsMatch(tag))
        {
            return $"{Shape} (e.g. v2 or 1.4.0)";
        }

        return PulumiConfigText.HostReading(tag) is { } reading
            ? $"text Pulumi passes on unchanged, but its YAML host reads {Quoted.Shortened(tag)} as {reading}; put a letter in front, e.g. {Quoted.Shortened("v" + tag)}"
            : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex Pattern();
}
