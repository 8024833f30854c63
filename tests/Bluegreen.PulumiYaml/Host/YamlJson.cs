using System.Text.Json.Nodes;
using Bluegreen.PulumiYaml.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// A YAML document as the CLI's yaml.v3 decodes it into <c>any</c> before validating it as JSON: plain scalars
/// resolve by the YAML 1.2 core schema (whole numbers stay integers), quoted scalars are strings.
/// </summary>
public static class YamlJson
{
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(e => KeyValuePair.Create(Key(e.Key), ToJson(e.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static string Key(YamlNode key) => key is YamlScalarNode { Value: { } text } ? text : key.ToString();

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return YamlScalars.Resolve(text) switch
        {
            null => null,
            bool flag => JsonValue.Create(flag),
            double number when number == Math.Floor(number) && !text.Contains('.', StringComparison.Ordinal)
                && !text.Contains('e', StringComparison.OrdinalIgnoreCase) && Math.Abs(number) < 9e18 => JsonValue.Create((long)number),
            double number => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
    }
}
