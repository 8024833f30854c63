using System.Text.RegularExpressions;
using Bluegreen.Components.Model;

namespace Bluegreen.Components.Parity;

/// <summary>
/// A resource as flat (path, value) pairs, with the color's own name written as "{color}". JSON documents
/// (<c>fn::toJSON</c>) are walked into, so a changed environment variable shows as its own path.
/// </summary>
internal static class ResourceFields
{
    public const string ColorPlaceholder = "{color}";

    public static IReadOnlyDictionary<string, string> Of(Resource resource, DeploymentColor color)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["type"] = resource.Type };
        Flatten(fields, "properties", Normalise(resource.Properties, color));
        var options = resource.Options;
        fields["options.dependsOn"] = string.Join(", ", options.DependsOn);
        fields["options.protect"] = options.Protect ? "true" : "false";
        fields["options.deleteBeforeReplace"] = options.DeleteBeforeReplace ? "true" : "false";
        fields["options.additionalSecretOutputs"] = string.Join(", ", options.AdditionalSecretOutputs);
        return fields;
    }

    /// <summary>Writes the color's name as {color} where it stands as a word ("shop-web-blue"), not inside one ("bluegreen").</summary>
    private static Expr Normalise(Expr expr, DeploymentColor color)
    {
        var word = new Regex($"(?<![A-Za-z]){color.Name()}(?![A-Za-z])", RegexOptions.CultureInvariant);
        return ExprRewriter.Rewrite(expr, node =>
            node is StringLiteral text ? new StringLiteral(word.Replace(text.Value, ColorPlaceholder)) : null);
    }

    private static void Flatten(Dictionary<string, string> fields, string path, Expr value)
    {
        switch (value)
        {
            case ObjectExpr map:
                foreach (var entry in map.Entries)
                {
                    Flatten(fields, $"{path}.{entry.Key}", entry.Value);
                }

                break;
            case ListExpr list:
                fields[$"{path}.length"] = list.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                for (var i = 0; i < list.Items.Count; i++)
                {
                    Flatten(fields, $"{path}[{i}]", list.Items[i]);
                }

                break;
            case ToJsonCall json:
                Flatten(fields, path, json.Value);
                break;
            default:
                fields[path] = ExprText.Of(value);
                break;
        }
    }
}
