using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bluegreen.Stacks.Config;

/// <summary>
/// What Pulumi's YAML language host makes of a config value the CLI hands it as text. pulumi-yaml server.go
/// <c>Run</c> tries, in order: keep text of two or more characters starting with "0" (but not "0.") as a string, then
/// strconv.ParseInt, strconv.ParseBool, strconv.ParseFloat and json.Unmarshal; only text none of them accepts stays
/// a string. The declared <c>type: string</c> does not stop this.
/// </summary>
public static partial class PulumiConfigText
{
    /// <summary>strconv.ParseBool's accepted spellings.</summary>
    private static readonly HashSet<string> GoBooleans = new(StringComparer.Ordinal)
    {
        "1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False",
    };

    /// <summary>
    /// Null when the host keeps <paramref name="text"/> as a string; otherwise what the program gets instead, as it
    /// prints in an interpolation (Go <c>%v</c>), e.g. "the number 1.1" or "the boolean true".
    /// </summary>
    public static string? HostReading(string text)
    {
        if (text.Length > 1 && text[0] == '0' && !text.StartsWith("0.", StringComparison.Ordinal))
        {
            return null;
        }

        if (GoInteger().IsMatch(text) || GoFloat().IsMatch(text))
        {
            var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return double.IsInfinity(number) ? Json(text) : $"the number {GoNumberText.Of(number)}";
        }

        if (GoBooleans.Contains(text))
        {
            return $"the boolean {(text is "1" or "t" or "T" or "TRUE" or "true" or "True" ? "true" : "false")}";
        }

        if (GoSpecialFloat().Match(text) is { Success: true } special)
        {
            return special.Groups["nan"].Success ? "the number NaN" : $"the number {(text.StartsWith('-') ? "-" : "+")}Inf";
        }

        return Json(text);
    }

    /// <summary>json.Unmarshal's reading of what no Parse* function took: null, a list, an object or a quoted string.</summary>
    private static string? Json(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => "null",
                JsonValueKind.Array => "a list",
                JsonValueKind.Object => "an object",
                JsonValueKind.String => $"the text {document.RootElement.GetString()} (without its quotes)",
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[+-]?[0-9]+$")]
    private static partial Regex GoInteger();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")]
    private static partial Regex GoFloat();

    /// <summary>strconv's special(): a sign may precede "inf" or "infinity" only, never "nan".</summary>
    [GeneratedRegex("^([+-]?(inf|infinity)|(?<nan>nan))$", RegexOptions.IgnoreCase)]
    private static partial Regex GoSpecialFloat();
}
