using System.Globalization;
using System.Text.Json;
using Bluegreen.Components.Model;
using Bluegreen.Stacks.Config;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.Stacks.Settings;

/// <summary>Turns one YAML node into a value of the key's declared type. Pulumi writes numbers set with
/// <c>pulumi config set</c> as quoted strings, so "2" and 2 are both integers here.</summary>
internal static class ConfigValueReader
{
    /// <summary>The value, or null with <paramref name="problem"/> saying what type was expected.</summary>
    public static ConfigValue? Read(ConfigKey key, YamlNode node, out string? problem)
    {
        problem = null;
        if (node is YamlMappingNode map && map.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "secure"))
        {
            problem = "is stored encrypted, but it is not a secret setting; set it again without --secret";
            return null;
        }

        var value = key.Type switch
        {
            DeclaredType.String => Scalar(node) is { } text ? new TextValue(text) : null,
            DeclaredType.Integer => Scalar(node) is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                ? new IntegerValue(number)
                : null,
            DeclaredType.Boolean => Scalar(node) is { } text && bool.TryParse(text, out var flag) ? new BooleanValue(flag) : null,
            DeclaredType.Array => TextList(node),
            _ => (ConfigValue?)null,
        };
        if (value is null)
        {
            problem = $"is {Describe(node)}, but it must be {Expected(key)}";
        }

        return value;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "empty",
        YamlScalarNode scalar => $"\"{scalar.Value}\"",
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };

    private static string Expected(ConfigKey key) => key.Type switch
    {
        DeclaredType.String => "a text",
        DeclaredType.Integer => "a whole number",
        DeclaredType.Boolean => "true or false",
        _ => "a list of texts",
    };

    private static string? Scalar(YamlNode node) => node is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;

    private static TextListValue? TextList(YamlNode node) => node switch
    {
        YamlSequenceNode list when list.Children.All(item => Scalar(item) is not null) =>
            new TextListValue([.. list.Children.Select(item => Scalar(item)!)]),
        YamlScalarNode { Value: { } text } when text.TrimStart().StartsWith('[') => JsonList(text),
        _ => null,
    };

    /// <summary>A list set as JSON text (<c>pulumi config set ids '["a","b"]'</c>).</summary>
    private static TextListValue? JsonList(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(text) is { } items && items.All(i => !string.IsNullOrEmpty(i)) ? new TextListValue(items) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
