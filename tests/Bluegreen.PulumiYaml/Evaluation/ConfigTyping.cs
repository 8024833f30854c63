using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// The YAML host's conversion of the engine's config strings into values, in the order of pulumi-yaml
/// <c>server.go</c> <c>yamlLanguageHost.Run</c>: a string of two or more characters starting with <c>0</c> (but not
/// <c>0.</c>) stays a string; then <c>strconv.ParseInt</c>, <c>strconv.ParseBool</c>, <c>strconv.ParseFloat</c> and
/// <c>json.Unmarshal</c> are tried; the rest stays a string. The result wins over any declared type, so an image
/// tag <c>1.10</c> arrives as the number 1.1 and <c>t</c> as <c>true</c>.
/// </summary>
public static partial class ConfigTyping
{
    public static PulumiValue Parse(string text)
    {
        if (text.Length > 1 && text.StartsWith('0') && !text.StartsWith("0.", StringComparison.Ordinal))
        {
            return new StringValue(text);
        }

        if (GoParseInt(text) is { } integer)
        {
            return new NumberValue(integer);
        }

        if (GoParseBool(text) is { } flag)
        {
            return new BooleanValue(flag);
        }

        if (GoParseFloat(text) is { } number)
        {
            return new NumberValue(number);
        }

        return GoJsonUnmarshal(text) ?? new StringValue(text);
    }

    /// <summary><c>strconv.ParseInt(s, 10, 64)</c>: an optional sign and decimal digits, within int64.</summary>
    private static long? GoParseInt(string text) =>
        DecimalInteger().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary><c>strconv.ParseBool</c>: 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.</summary>
    private static bool? GoParseBool(string text) => text switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => null,
    };

    /// <summary>
    /// <c>strconv.ParseFloat(s, 64)</c> for decimal text (no underscores without a base prefix), <c>inf</c>,
    /// <c>infinity</c> (optionally signed) and <c>nan</c> in any case; out-of-range values fail as in Go. Hexadecimal floats are
    /// not modelled (they start with 0 or a sign and do not occur in this project's config).
    /// </summary>
    private static double? GoParseFloat(string text)
    {
        var unsigned = text.TrimStart('+', '-');
        var negative = text.StartsWith('-');
        if (text.Length - unsigned.Length <= 1 && unsigned.ToUpperInvariant() is "INF" or "INFINITY")
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        // strconv's special(): a sign is allowed before inf/infinity, not before nan.
        if (text.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        return DecimalFloat().IsMatch(text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && !double.IsInfinity(value)
                ? value
                : null;
    }

    /// <summary><c>json.Unmarshal</c> into <c>interface{}</c>: any JSON text; <c>null</c> gives a null value; a number beyond float64 fails.</summary>
    private static PulumiValue? GoJsonUnmarshal(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PulumiValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new StringValue(element.GetString()!),
        JsonValueKind.Number => element.TryGetDouble(out var number) && !double.IsInfinity(number)
            ? new NumberValue(number)
            : throw new JsonException($"cannot unmarshal number {element.GetRawText()} into Go value of type float64"),
        JsonValueKind.True => new BooleanValue(true),
        JsonValueKind.False => new BooleanValue(false),
        JsonValueKind.Array => new ListValue(element.EnumerateArray().Select(FromJson).ToList()),
        JsonValueKind.Object => new ObjectValue(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, FromJson(p.Value))).ToList()),
        _ => new NullValue(),
    };

    [GeneratedRegex("^[+-]?[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")]
    private static partial Regex DecimalFloat();
}
