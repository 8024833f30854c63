using System.Text;
using System.Text.Json;

namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>Turns state values into short display text, masking secrets wherever they sit.</summary>
internal static class PulumiValues
{
    public const string SecretMask = "[secret]";

    /// <summary>The key that marks a serialized secret object in Pulumi state.</summary>
    private const string SecretSignature = "4dabf18193072939515e22adb298388d";

    public static bool IsSecret(JsonElement value) =>
        (value.ValueKind == JsonValueKind.String && value.GetString() == SecretMask)
        || (value.ValueKind == JsonValueKind.Object && value.TryGetProperty(SecretSignature, out _));

    /// <summary>Strings as they are, anything else as compact JSON; null when the value is absent.</summary>
    public static string? Text(JsonElement? value)
    {
        if (value is not { } element || element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (IsSecret(element))
        {
            return SecretMask;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString();
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteMasked(writer, element);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>True when the value holds a secret anywhere inside it.</summary>
    public static bool ContainsSecret(JsonElement? value) => value is { } element && (IsSecret(element) || element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(property => ContainsSecret(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(item => ContainsSecret(item)),
        _ => false,
    });

    private static void WriteMasked(Utf8JsonWriter writer, JsonElement element)
    {
        if (IsSecret(element))
        {
            writer.WriteStringValue(SecretMask);
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    WriteMasked(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteMasked(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
