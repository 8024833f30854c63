using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// The project's <c>config:</c> block as pulumi reads it: a plain value is shorthand for <c>{value: ...}</c>
/// (<c>RewriteShorthandConfigValues</c>), and <c>Project.Validate</c> rejects a declaration with both
/// <c>default</c> and <c>value</c>, an array without <c>items</c>, a default that fails its type
/// (<c>ValidateConfigValue</c>), and a type or default on a key of another namespace.
/// </summary>
public static class ProjectConfigReader
{
    public static IReadOnlyList<ProjectConfigDecl> Read(JsonObject? config, string projectName, Action<string, string> error)
    {
        var declarations = new List<ProjectConfigDecl>();
        foreach (var (key, node) in config ?? [])
        {
            var declaration = node is JsonObject entry
                ? new ProjectConfigDecl(key, Text(entry["type"]), Items(entry["items"] as JsonObject), entry["default"], entry["value"],
                    entry["secret"]?.GetValueKind() == JsonValueKind.True, Text(entry["description"]))
                : new ProjectConfigDecl(key, null, null, null, node, false, null);
            Validate(declaration, projectName, $"config.{key}", error);
            declarations.Add(declaration);
        }

        return declarations;
    }

    private static void Validate(ProjectConfigDecl declaration, string projectName, string at, Action<string, string> error)
    {
        var key = declaration.Key;
        if (declaration.Default is not null && declaration.Value is not null)
        {
            error(at, $"project config '{key}' cannot have both a 'default' and 'value' attribute");
        }

        var ownNamespace = !key.Contains(':', StringComparison.Ordinal) || key.StartsWith(projectName + ":", StringComparison.Ordinal);
        if (!ownNamespace)
        {
            if (declaration.Type is not null)
            {
                error(at, $"Configuration key '{key}' is not namespaced by the project and should not define a type");
            }

            if (declaration.Default is not null)
            {
                error(at, $"Configuration key '{key}' is not namespaced by the project and should not define a default value. Did you mean to use the 'value' attribute instead of 'default'?");
            }

            if (declaration.Value is null)
            {
                error(at, $"Configuration key '{key}' is namespaced and must provide an attribute 'value'");
            }

            return;
        }

        if (declaration is { Type: "array", Items: null })
        {
            error(at, $"The configuration key '{key}' declares an array but does not specify the underlying type via the 'items' attribute");
        }
        else if (declaration is { Type: { } type, Default: { } value } && !ConfigValueRules.IsValid(type, declaration.Items, value))
        {
            error(at, $"The default value specified for configuration key '{key}' is not of the expected type '{ConfigValueRules.FullTypeName(type, declaration.Items)}'");
        }
    }

    private static ProjectConfigItems? Items(JsonObject? items) =>
        items is null ? null : new ProjectConfigItems(Text(items["type"]) ?? "", Items(items["items"] as JsonObject));

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
