namespace Bluegreen.PulumiYaml.Syntax;

/// <summary>
/// The field names of pulumi-yaml's declaration records (<c>ast/template.go</c>), which <c>parseRecord</c> matches
/// case-insensitively: a miscapitalized key still matches but warns (<c>syntax.UnexpectedCasing</c>), and an
/// unknown key warns (<c>noMatchWarning</c>) everywhere except at the top level of a template, where
/// <c>ParseTemplate</c> ignores it without a word.
/// </summary>
public static class TemplateFields
{
    public static readonly IReadOnlyList<string> Template =
        ["name", "namespace", "description", "version", "pulumi", "configuration", "config", "variables", "resources", "outputs", "sdks", "components"];

    public static readonly IReadOnlyList<string> Pulumi = ["requiredVersion"];

    public static readonly IReadOnlyList<string> ConfigParam = ["type", "name", "secret", "default", "value", "items"];

    public static readonly IReadOnlyList<string> Resource = ["type", "name", "defaultProvider", "properties", "options", "get"];

    public static readonly IReadOnlyList<string> ResourceOptions =
    [
        "additionalSecretOutputs", "aliases", "customTimeouts", "deleteBeforeReplace", "dependsOn", "ignoreChanges", "import",
        "parent", "protect", "provider", "providers", "version", "pluginDownloadURL", "replaceOnChanges", "retainOnDelete",
        "replaceWith", "deletedWith", "hideDiffs", "replacementTrigger", "envVarMappings",
    ];

    public static readonly IReadOnlyList<string> InvokeOptions = ["dependsOn", "parent", "provider", "version", "pluginDownloadURL"];

    public static readonly IReadOnlyList<string> Component = ["name", "description", "pulumi", "inputs", "variables", "resources", "outputs", "template"];

    /// <summary>The field a key selects (ignoring case, like <c>strings.EqualFold</c>), or null.</summary>
    public static string? Match(string key, IReadOnlyList<string> fields) =>
        fields.FirstOrDefault(f => f == key) ?? fields.FirstOrDefault(f => string.Equals(f, key, StringComparison.OrdinalIgnoreCase));
}
