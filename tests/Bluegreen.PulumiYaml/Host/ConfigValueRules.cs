using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// The CLI's check of a config value against a project declaration, ported from pulumi
/// <c>workspace.ValidateConfigValue</c>: <c>string</c> takes strings only; <c>integer</c> takes whole numbers and
/// strings that <c>strconv.Atoi</c> accepts; <c>boolean</c> takes booleans and the strings "true"/"false";
/// <c>object</c> takes maps; anything else is an array whose every element passes <c>items</c>.
/// </summary>
public static class ConfigValueRules
{
    public static bool IsValid(string type, ProjectConfigItems? items, JsonNode? value)
    {
        switch (type)
        {
            case "string":
                return IsString(value, out _);
            case "integer":
                if (value is JsonValue number && number.GetValueKind() == JsonValueKind.Number)
                {
                    return number.TryGetValue<long>(out _) || number.GetValue<double>() == Math.Truncate(number.GetValue<double>());
                }

                return IsString(value, out var text) && Atoi(text);
            case "boolean":
                return value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                    || (IsString(value, out var flag) && flag is "true" or "false");
            case "object":
                return value is JsonObject;
            default:
                return value is JsonArray array && items is not null && array.All(item => IsValid(items.Type, items.Items, item));
        }
    }

    /// <summary>The type name the CLI prints: <c>array&lt;string&gt;</c> for arrays (<c>InferFullTypeName</c>).</summary>
    public static string FullTypeName(string type, ProjectConfigItems? items) => items is null ? type : $"array<{items}>";

    private static bool IsString(JsonNode? value, out string text)
    {
        text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "";
        return value is JsonValue s && s.GetValueKind() == JsonValueKind.String;
    }

    /// <summary><c>strconv.Atoi</c>: an optional sign and decimal digits that fit an int.</summary>
    private static bool Atoi(string text)
    {
        var digits = text.StartsWith('+') || text.StartsWith('-') ? text[1..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
    }
}
