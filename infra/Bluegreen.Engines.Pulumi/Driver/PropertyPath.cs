using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>
/// A Pulumi property path as used in <c>detailedDiff</c> keys: <c>healthCheck.path</c>, <c>defaultActions[0].type</c>,
/// <c>tags["Name"]</c>. Segments are object keys or list indexes.
/// </summary>
internal static class PropertyPath
{
    /// <summary>Splits a path into keys (strings) and indexes (ints); an unreadable path yields no segments.</summary>
    public static IReadOnlyList<object> Segments(string path)
    {
        var segments = new List<object>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '"')
            {
                var key = new StringBuilder();
                for (i += 2; i < path.Length && path[i] != '"'; i++)
                {
                    if (path[i] == '\\' && i + 1 < path.Length)
                    {
                        i++;
                    }

                    key.Append(path[i]);
                }

                segments.Add(key.ToString());
                i += 2; // closing quote and bracket
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return [];
                }

                segments.Add(index);
                i = close + 1;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], i);
                end = end < 0 ? path.Length : end;
                segments.Add(path[i..end]);
                i = end;
            }
        }

        return segments;
    }

    /// <summary>The value at <paramref name="path"/> inside <paramref name="root"/>, or null when any step is absent.</summary>
    public static JsonElement? Find(JsonElement? root, string path)
    {
        if (root is not { } current)
        {
            return null;
        }

        var segments = Segments(path);
        if (segments.Count == 0)
        {
            return null;
        }

        foreach (var segment in segments)
        {
            if (segment is string key && current.ValueKind == JsonValueKind.Object && current.TryGetProperty(key, out var child))
            {
                current = child;
            }
            else if (segment is int index && current.ValueKind == JsonValueKind.Array && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}
