namespace Bluegreen.Stacks.Settings;

/// <summary>Finds the known key a mistyped one most likely meant.</summary>
internal static class KeySuggestions
{
    /// <summary>The closest of <paramref name="known"/> by edit distance (ignoring case), or null when none is close.</summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(candidate => (candidate, distance: Distance(typed.ToUpperInvariant(), candidate.ToUpperInvariant())))
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.candidate is not null && best.distance <= Math.Max(2, typed.Length / 3) ? best.candidate : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
