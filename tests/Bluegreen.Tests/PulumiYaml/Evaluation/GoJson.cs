using System.Globalization;
using System.Text;

namespace Bluegreen.Tests.PulumiYaml.Evaluation;

/// <summary>
/// JSON text exactly as Go's <c>json.Marshal</c> writes it, which is what <c>fn::toJSON</c> uses: sorted
/// object keys, no spaces, and HTML-safe escapes for &lt;, &gt; and &amp;.
/// </summary>
public static class GoJson
{
    public static string Marshal(PulumiValue value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "json: unsupported value: NaN or Inf");
        }

        return value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
    }

    public static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '<' or '>' or '&' or '\u2028' or '\u2029' or < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }

    private static void Write(StringBuilder text, PulumiValue value)
    {
        switch (value)
        {
            case NullValue:
                text.Append("null");
                break;
            case BooleanValue flag:
                text.Append(flag.Value ? "true" : "false");
                break;
            case NumberValue number:
                text.Append(FormatNumber(number.Value));
                break;
            case StringValue s:
                WriteString(text, s.Value);
                break;
            case ListValue list:
                text.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    Write(text, list.Items[i]);
                }

                text.Append(']');
                break;
            case ObjectValue obj:
                text.Append('{');
                var first = true;
                foreach (var entry in obj.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    WriteString(text, entry.Key);
                    text.Append(':');
                    Write(text, entry.Value);
                }

                text.Append('}');
                break;
            default:
                throw new ArgumentException($"fn::toJSON cannot encode a {value.TypeName}", nameof(value));
        }
    }
}
