using System.Globalization;
using System.Text;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// JSON text exactly as Go's <c>json.Marshal</c> writes it, which is what <c>fn::toJSON</c> uses: sorted
/// object keys, no spaces, and HTML-safe escapes for &lt;, &gt; and &amp;. The canonical variant also marks
/// secrets and resources, for comparing evaluations.
/// </summary>
public static class GoJson
{
    public static string Marshal(PulumiValue value) => Write(value, canonical: false);

    /// <summary>Like <see cref="Marshal"/>, with <c>secret(...)</c> around secrets and <c>resource(urn)</c> for resources.</summary>
    public static string Canonical(PulumiValue value) => Write(value, canonical: true);

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
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '<' or '>' or '&' or '\u2028' or '\u2029' or < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escape is null)
            {
                text.Append(c);
            }
            else
            {
                text.Append(escape);
            }
        }

        text.Append('"');
    }

    private static string Write(PulumiValue value, bool canonical)
    {
        var text = new StringBuilder();
        Write(text, value, canonical);
        return text.ToString();
    }

    private static void Write(StringBuilder text, PulumiValue value, bool canonical)
    {
        if (canonical && value.IsSecret)
        {
            text.Append("secret(");
        }

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
                WriteSequence(text, '[', list.Items, ']', item => Write(text, item, canonical));
                break;
            case ObjectValue obj:
                WriteSequence(text, '{', obj.Entries.OrderBy(e => e.Key, StringComparer.Ordinal), '}', entry =>
                {
                    WriteString(text, entry.Key);
                    text.Append(':');
                    Write(text, entry.Value, canonical);
                });
                break;
            case ResourceValue resource when canonical:
                text.Append("resource(").Append(resource.Resource.Urn).Append(')');
                break;
            default:
                throw new ArgumentException($"fn::toJSON cannot encode a {value.TypeName}", nameof(value));
        }

        if (canonical && value.IsSecret)
        {
            text.Append(')');
        }
    }

    private static void WriteSequence<T>(StringBuilder text, char open, IEnumerable<T> items, char close, Action<T> write)
    {
        text.Append(open);
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            write(item);
        }

        text.Append(close);
    }
}
