using System.Globalization;
using System.Text.RegularExpressions;

namespace Bluegreen.Release.Strategy;

/// <summary>Durations as people type them: <c>30s</c>, <c>10m</c>, <c>1h</c>, <c>1h30m</c>.</summary>
public static partial class DurationText
{
    /// <summary>The duration, or null when the text is not one.</summary>
    public static TimeSpan? Parse(string? text)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success || match.Length == 0)
        {
            return null;
        }

        static long Part(Group group) => group.Success ? long.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromSeconds((Part(match.Groups["h"]) * 3600) + (Part(match.Groups["m"]) * 60) + Part(match.Groups["s"]));
    }

    /// <summary>The shortest text <see cref="Parse"/> reads back, e.g. <c>1h30m</c>, <c>90s</c> stays <c>1m30s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = (long)duration.TotalSeconds;
        if (seconds == 0)
        {
            return "0s";
        }

        var text = "";
        if (seconds >= 3600)
        {
            text += $"{seconds / 3600}h";
        }

        if (seconds % 3600 >= 60)
        {
            text += $"{seconds % 3600 / 60}m";
        }

        if (seconds % 60 > 0)
        {
            text += $"{seconds % 60}s";
        }

        return text;
    }

    [GeneratedRegex(@"^(?:(?<h>\d{1,4})h)?(?:(?<m>\d{1,5})m)?(?:(?<s>\d{1,6})s)?$")]
    private static partial Regex Pattern();
}
