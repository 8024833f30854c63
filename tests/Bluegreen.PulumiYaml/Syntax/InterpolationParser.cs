using System.Globalization;
using System.Text;

namespace Bluegreen.PulumiYaml.Syntax;

/// <summary>Literal text followed by an optional property access, as in pulumi-yaml's <c>ast.Interpolation</c>.</summary>
public sealed record InterpolationPart(string Text, PropertyAccess? Access);

/// <summary>Splits a YAML string into text and <c>${...}</c> accesses. <c>$$</c> writes a literal <c>$</c>.</summary>
public static class InterpolationParser
{
    public static IReadOnlyList<InterpolationPart> Parse(string value)
    {
        var parts = new List<InterpolationPart>();
        var text = new StringBuilder();
        var position = 0;
        while (position < value.Length)
        {
            if (At(value, position, "$$"))
            {
                text.Append('$');
                position += 2;
            }
            else if (At(value, position, "${"))
            {
                var access = ParseAccess(value, position + 2, out position);
                parts.Add(new InterpolationPart(text.ToString(), access));
                text.Clear();
            }
            else
            {
                text.Append(value[position]);
                position++;
            }
        }

        if (text.Length > 0)
        {
            parts.Add(new InterpolationPart(text.ToString(), null));
        }

        return parts;
    }

    /// <summary>Parses a bare path such as <c>defaultActions[0].targetGroupArn</c>.</summary>
    public static PropertyAccess ParsePath(string path) =>
        ParseAccess(path + "}", 0, out _);

    private static bool At(string value, int position, string token) =>
        string.CompareOrdinal(value, position, token, 0, token.Length) == 0;

    private static PropertyAccess ParseAccess(string value, int position, out int end)
    {
        var accessors = new List<PropertyAccessor>();
        while (position < value.Length)
        {
            switch (value[position])
            {
                case '}':
                    if (accessors.Count == 0)
                    {
                        throw new FormatException($"empty interpolation in \"{value}\"");
                    }

                    end = position + 1;
                    return new PropertyAccess(accessors);
                case '.':
                    position++;
                    break;
                case '[':
                    accessors.Add(ParseSubscript(value, ref position, accessors.Count == 0));
                    break;
                default:
                    var start = position;
                    while (position < value.Length && value[position] is not ('.' or '[' or '}'))
                    {
                        position++;
                    }

                    accessors.Add(new PropertyName(value[start..position]));
                    break;
            }
        }

        throw new FormatException($"unterminated interpolation in \"{value}\"");
    }

    private static PropertyAccessor ParseSubscript(string value, ref int position, bool isRoot)
    {
        if (position + 1 < value.Length && value[position + 1] == '"')
        {
            var key = new StringBuilder();
            var i = position + 2;
            while (true)
            {
                if (i >= value.Length)
                {
                    throw new FormatException($"missing closing quote in property name in \"{value}\"");
                }

                if (value[i] == '"')
                {
                    i++;
                    break;
                }

                if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] == '"')
                {
                    key.Append('"');
                    i += 2;
                }
                else
                {
                    key.Append(value[i]);
                    i++;
                }
            }

            if (i >= value.Length || value[i] != ']')
            {
                throw new FormatException($"missing closing bracket in property access in \"{value}\"");
            }

            position = i + 1;
            return new PropertyKey(key.ToString());
        }

        var close = value.IndexOf(']', position);
        if (close < 0)
        {
            throw new FormatException($"missing closing bracket in list index in \"{value}\"");
        }

        if (!int.TryParse(value.AsSpan(position + 1, close - position - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            throw new FormatException($"invalid list index in \"{value}\"");
        }

        if (isRoot)
        {
            throw new FormatException($"the root property must be a string subscript or a name in \"{value}\"");
        }

        position = close + 1;
        return new PropertyIndex(index);
    }
}
