using System.Text.Json;

namespace Bluegreen.PulumiYaml.Schemas;

/// <summary>One property spec of a Pulumi package schema: a primitive, array, map, <c>$ref</c> or <c>oneOf</c> union.</summary>
public sealed class PropertySpec
{
    private readonly JsonElement _element;

    public PropertySpec(JsonElement element)
    {
        _element = element;
        Type = Text("type");
        Ref = Text("$ref");
        Items = Child("items");
        AdditionalProperties = Child("additionalProperties");
        OneOf = element.TryGetProperty("oneOf", out var oneOf) ? oneOf.EnumerateArray().Select(e => new PropertySpec(e)).ToList() : [];
        Secret = element.TryGetProperty("secret", out var secret) && secret.GetBoolean();
        Const = element.TryGetProperty("const", out var constant) ? constant : null;
        DeprecationMessage = Text("deprecationMessage");
    }

    /// <summary>The schema's <c>deprecationMessage</c>; any use of a deprecated property fails validation.</summary>
    public string? DeprecationMessage { get; }

    public string? Type { get; }

    public string? Ref { get; }

    public PropertySpec? Items { get; }

    public PropertySpec? AdditionalProperties { get; }

    public IReadOnlyList<PropertySpec> OneOf { get; }

    public bool Secret { get; }

    public JsonElement? Const { get; }

    public override string ToString() => _element.GetRawText();

    private string? Text(string name) => _element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private PropertySpec? Child(string name) => _element.TryGetProperty(name, out var value) ? new PropertySpec(value) : null;
}
