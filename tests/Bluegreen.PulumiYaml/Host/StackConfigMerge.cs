using System.Text.Json;
using System.Text.Json.Nodes;
using Bluegreen.PulumiYaml.Evaluation;

namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// What the CLI does with a stack's config before it runs the program (pulumi <c>pkg/workspace/config.go</c>
/// <c>ValidateStackConfigAndApplyProjectConfig</c> → <c>mergeConfig</c>): a declared project key the stack does not
/// set takes the declaration's <c>value</c> or <c>default</c> (<c>createConfigValue</c>: strings, integers and
/// booleans as text, anything else as JSON); a project-namespace key with neither is missing; then every typed
/// declaration is checked against the stack's value (<c>validateStackConfigValue</c>). Encrypted values cannot be
/// read here and are not type-checked.
/// </summary>
public static class StackConfigMerge
{
    public static (StackConfiguration Merged, string? Error) Apply(ProjectFile project, StackConfiguration stack)
    {
        var merged = stack;
        var missing = new List<string>();
        var declarations = project.Config.OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        foreach (var declaration in declarations)
        {
            var key = project.Qualify(declaration.Key);
            var found = stack.Values.ContainsKey(key) || stack.EncryptedKeys.Contains(key);
            var fallback = declaration.Default ?? declaration.Value;
            if (found)
            {
                continue;
            }

            if (fallback is null)
            {
                if (key.StartsWith(project.Name + ":", StringComparison.Ordinal))
                {
                    missing.Add(declaration.Key);
                }

                continue;
            }

            var (text, isObject) = ConfigValueText(fallback);
            merged = merged.With(key, text) with
            {
                ObjectKeys = isObject ? new HashSet<string>(merged.ObjectKeys) { key } : merged.ObjectKeys,
            };
        }

        if (missing.Count > 0)
        {
            return (merged, $"Stack '{stack.Stack}' is missing configuration {(missing.Count > 1 ? "values" : "value")} {FormatMissing(missing)}");
        }

        foreach (var declaration in declarations.Where(d => d.Type is not null))
        {
            var key = project.Qualify(declaration.Key);
            if (declaration.Secret && !stack.SecretKeys.Contains(key))
            {
                return (merged, $"Stack '{stack.Stack}' with configuration key '{declaration.Key}' must be encrypted as it's secret");
            }

            if (merged.Values.TryGetValue(key, out var text)
                && !ConfigValueRules.IsValid(declaration.Type!, declaration.Items, Content(text, merged.ObjectKeys.Contains(key))))
            {
                return (merged, $"Stack '{stack.Stack}' with configuration key '{declaration.Key}' must be of type '{ConfigValueRules.FullTypeName(declaration.Type!, declaration.Items)}'");
            }
        }

        return (merged, null);
    }

    /// <summary><c>createConfigValue</c>: <c>fmt.Sprintf("%v")</c> for strings, integers and booleans; JSON otherwise.</summary>
    private static (string Text, bool IsObject) ConfigValueText(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => (value.GetValue<string>(), false),
        JsonValueKind.True or JsonValueKind.False => (value.GetValueKind() == JsonValueKind.True ? "true" : "false", false),
        JsonValueKind.Number when value.AsValue().TryGetValue<long>(out var integer) => (integer.ToString(System.Globalization.CultureInfo.InvariantCulture), false),
        _ => (GoJson.Marshal(PulumiValue.FromPlain(Plain(JsonSerializer.SerializeToElement(value)))), true),
    };

    /// <summary>The value <c>validateStackConfigValue</c> checks: the text itself, or the JSON it holds for object values.</summary>
    private static JsonNode? Content(string text, bool isObject) => isObject ? JsonNode.Parse(text) : JsonValue.Create(text);

    private static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        _ => null,
    };

    private static string FormatMissing(List<string> keys)
    {
        if (keys.Count == 1)
        {
            return $"'{keys[0]}'";
        }

        keys.Sort(StringComparer.Ordinal);
        return string.Join(", ", keys.Take(keys.Count - 2).Select(k => $"'{k}'"))
            + (keys.Count > 2 ? ", " : "") + $"'{keys[^2]}' and '{keys[^1]}'";
    }
}
