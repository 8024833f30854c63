using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Syntax;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Model;

/// <summary>
/// The <c>resources:</c> map: each entry is a pulumi-yaml <c>ResourceDecl</c> (type, name, defaultProvider,
/// properties, options, get) whose <c>options</c> is a <c>ResourceOptionsDecl</c>. Options the evaluator does not
/// model are rejected; <c>options.version</c> must be one exact version (<c>ParseVersion</c>).
/// </summary>
internal static class ResourceReader
{
    /// <summary>The resource options the evaluator understands.</summary>
    public static IReadOnlySet<string> SupportedOptions { get; } = new HashSet<string>
    {
        "dependsOn", "parent", "protect", "ignoreChanges", "deleteBeforeReplace", "retainOnDelete",
        "additionalSecretOutputs", "replaceOnChanges", "customTimeouts", "deletedWith", "hideDiffs",
        "provider", "version",
    };

    public static IEnumerable<ResourceDecl> Read(YamlNode node, ReaderContext context, string path)
    {
        foreach (var (key, value) in context.Entries(node, path))
        {
            var resourcePath = PathText.Property(path, key);
            string? type = null;
            string? name = null;
            var defaultProvider = false;
            var properties = new ObjectExpr(context.Parser.SpanOf(value), []);
            var options = new List<ObjectEntry>();
            foreach (var (field, fieldValue, fieldPath) in context.Record(value, resourcePath, TemplateFields.Resource, resourcePath))
            {
                switch (field)
                {
                    case "type":
                        type = context.Text(fieldValue, fieldPath);
                        break;
                    case "name":
                        name = context.Text(fieldValue, fieldPath);
                        break;
                    case "defaultProvider":
                        defaultProvider = context.Parser.Parse(fieldValue, fieldPath) is BooleanExpr flag
                            ? flag.Value
                            : throw context.Error(fieldPath, fieldValue, "defaultProvider must be a boolean value");
                        break;
                    case "properties":
                        properties = context.Parser.Parse(fieldValue, fieldPath) as ObjectExpr
                            ?? throw context.Error(fieldPath, fieldValue, "properties must be written as an object");
                        break;
                    case "options":
                        options.AddRange(Options(fieldValue, context, fieldPath));
                        break;
                    default:
                        throw context.Error(fieldPath, fieldValue, $"resource key '{field}' is not supported by this tooling");
                }
            }

            yield return new ResourceDecl(
                key,
                type ?? throw context.Error(resourcePath, value, $"Required field 'type' is missing on resource \"{key}\""),
                name,
                properties,
                options,
                context.Parser.SpanOf(value))
            {
                DefaultProvider = defaultProvider,
            };
        }
    }

    private static IEnumerable<ObjectEntry> Options(YamlNode node, ReaderContext context, string path)
    {
        foreach (var (option, value, optionPath) in context.Record(node, path, TemplateFields.ResourceOptions, "options"))
        {
            if (!SupportedOptions.Contains(option))
            {
                throw context.Error(optionPath, value, $"resource option '{option}' is not supported (supported: {string.Join(", ", SupportedOptions)})");
            }

            var expr = context.Parser.Parse(value, optionPath);
            if (option == "version")
            {
                CheckVersion(expr, context, optionPath);
            }

            yield return new ObjectEntry(option, expr);
        }
    }

    /// <summary><c>ParseVersion</c>: one version, read by blang/semver <c>ParseTolerant</c>; a range fails.</summary>
    public static void CheckVersion(Expr expr, ReaderContext context, string path)
    {
        if (expr is not StringExpr { Value: var text })
        {
            context.Finding(path, "options.version must be a string literal", HostSources.ParseVersion);
        }
        else if (!SemanticVersion.TryParseTolerant(text, out _, out var error))
        {
            context.Finding(path, $"'{text}' is not one exact version: {error}", HostSources.ParseVersion);
        }
    }
}
