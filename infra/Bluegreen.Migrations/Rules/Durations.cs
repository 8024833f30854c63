using System.Globalization;

namespace Bluegreen.Migrations.Rules;

internal static class Durations
{
    /// <summary>"24 h", "3 h 12 min", "45 min" or "30 s": whole units, largest first, at most two.</summary>
    public static string Describe(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)span.TotalSeconds)} s");
        }

        var hours = (int)span.TotalHours;
        var minutes = span.Minutes;
        return hours == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min")
            : minutes == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{hours} h")
                : string.Create(CultureInfo.InvariantCulture, $"{hours} h {minutes} min");
    }

    /// <summary>ISO 8601 in UTC to the second, e.g. 2026-11-02T10:00:00Z.</summary>
    public static string Moment(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
