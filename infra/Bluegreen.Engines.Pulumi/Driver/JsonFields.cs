using System.Text.Json;

namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>Tolerant field access for Pulumi's JSON: a missing field or one of another kind reads as absent.</summary>
internal static class JsonFields
{
    public static JsonElement? ObjectField(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    public static string? StringField(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static IEnumerable<JsonElement> ArrayField(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static List<string> StringsField(this JsonElement element, string name) =>
        element.ArrayField(name).Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToList();

    public static bool TrueField(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>Parses one JSON document, or says where Pulumi's output stopped making sense.</summary>
    public static JsonElement ParseDocument(string text, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(text);
        }
        catch (JsonException failure)
        {
            throw new PulumiOutputException($"{what} did not print valid JSON: {failure.Message}", failure);
        }
    }
}
