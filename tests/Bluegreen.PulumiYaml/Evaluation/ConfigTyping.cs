using System.Globalization;
using System.Text.Json;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// The YAML host's typing of config strings (pulumi-facts §1.2): an integer-looking string without a leading
/// zero becomes a number, <c>true</c>/<c>false</c> become booleans, JSON text becomes a list or object; the
/// rest stay strings. These derived values win over the declared type.
/// </summary>
public static class ConfigTyping
{
    public static PulumiValue Parse(string text)
    {
        if (text is "true" or "false")
        {
            return new BooleanValue(text == "true");
        }

        if (LooksLikeInteger(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return new NumberValue(number);
        }

        if (text.StartsWith('[') || text.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return FromJson(document.RootElement);
            }
            catch (JsonException)
            {
                return new StringValue(text);
            }
        }

        return new StringValue(text);
    }

    private static bool LooksLikeInteger(string text)
    {
        var digits = text.StartsWith('-') ? text[1..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && (digits == "0" || digits[0] != '0');
    }

    private static PulumiValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new StringValue(element.GetString()!),
        JsonValueKind.Number => new NumberValue(element.GetDouble()),
        JsonValueKind.True => new BooleanValue(true),
        JsonValueKind.False => new BooleanValue(false),
        JsonValueKind.Array => new ListValue(element.EnumerateArray().Select(FromJson).ToList()),
        JsonValueKind.Object => new ObjectValue(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, FromJson(p.Value))).ToList()),
        _ => new NullValue(),
    };
}
