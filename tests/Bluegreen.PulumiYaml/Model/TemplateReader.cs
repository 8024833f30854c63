using Bluegreen.PulumiYaml.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Model;

/// <summary>
/// Reads <c>Pulumi.yaml</c> programs and <c>PulumiPlugin.yaml</c> packages into templates. Keys outside the
/// subset the generator emits are rejected, so a template that loads is one the tooling fully understands.
/// </summary>
public static class TemplateReader
{
    private static readonly HashSet<string> ProgramKeys = ["name", "runtime", "description", "config", "variables", "resources", "outputs", "packages"];

    /// <summary>Project settings the CLI reads that do not change what the program evaluates to.</summary>
    private static readonly HashSet<string> ProjectOnlyKeys = ["backend", "options", "stackConfigDir", "pulumi", "requiredPulumiVersion", "template", "plugins"];

    private static readonly HashSet<string> PackageKeys = ["name", "runtime", "version", "namespace", "description", "components"];

    private static readonly HashSet<string> ComponentKeys = ["description", "inputs", "variables", "resources", "outputs"];

    private static readonly HashSet<string> ResourceKeys = ["type", "name", "properties", "options"];

    private static readonly HashSet<string> ParameterKeys = ["type", "default", "secret", "description", "items", "value"];

    /// <summary>The resource options the evaluator understands.</summary>
    public static IReadOnlySet<string> SupportedOptions { get; } = new HashSet<string>
    {
        "dependsOn", "parent", "protect", "ignoreChanges", "deleteBeforeReplace", "retainOnDelete",
        "additionalSecretOutputs", "replaceOnChanges", "customTimeouts", "deletedWith", "hideDiffs",
    };

    public static ProgramTemplate ReadProgram(string file) => ParseProgram(File.ReadAllText(file), file);

    public static ProgramTemplate ParseProgram(string text, string file)
    {
        var (parser, root) = Load(text, file);
        var body = new TemplateBody(parser, "");
        var config = new List<ParameterDecl>();
        var packages = new Dictionary<string, string>();
        foreach (var (key, value) in Entries(root, parser, ""))
        {
            if (body.Accept(key, value))
            {
                continue;
            }

            switch (key)
            {
                case "config":
                    config.AddRange(Parameters(value, parser, key, ["string", "integer", "boolean", "array", "object"]));
                    break;
                case "packages":
                    foreach (var (package, path) in Entries(value, parser, key))
                    {
                        packages[package] = Text(path, parser, PathText.Property(key, package));
                    }

                    break;
                default:
                    if (!ProjectOnlyKeys.Contains(key))
                    {
                        throw parser.Error(key, value, $"program key '{key}' is not supported (expected one of {string.Join(", ", ProgramKeys)})");
                    }

                    break;
            }
        }

        return new ProgramTemplate(
            body.Name ?? throw parser.Error("name", root, "the program has no 'name'"),
            config, body.Variables, body.Resources, body.Outputs, packages, file);
    }

    /// <summary>Loads every <c>*.yaml</c> of a package folder; components may be split across files.</summary>
    public static ComponentPackage ReadPackage(string directory)
    {
        if (!File.Exists(Path.Combine(directory, "PulumiPlugin.yaml")))
        {
            throw new PulumiYamlException("packages", SourceSpan.None, $"no PulumiPlugin.yaml in package folder '{directory}'");
        }

        string? name = null;
        var components = new List<ComponentDecl>();
        foreach (var file in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var (parser, root) = Load(File.ReadAllText(file), file);
            var header = new TemplateBody(parser, "");
            foreach (var (key, value) in Entries(root, parser, ""))
            {
                if (key == "components")
                {
                    components.AddRange(Entries(value, parser, key).Select(c => Component(c.Key, c.Value, parser)));
                }
                else if (key is "variables" or "resources" or "outputs" || !(header.Accept(key, value) || PackageKeys.Contains(key)))
                {
                    throw parser.Error(key, value, $"package key '{key}' is not supported (expected one of {string.Join(", ", PackageKeys)})");
                }
            }

            name ??= header.Name;
        }

        var duplicate = components.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PulumiYamlException("components", SourceSpan.None, $"component '{duplicate.Key}' is declared twice");
        }

        return new ComponentPackage(
            name ?? throw new PulumiYamlException("name", SourceSpan.None, $"package '{directory}' has no 'name'"),
            components,
            directory);
    }

    private static (ExprParser Parser, YamlMappingNode Root) Load(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new PulumiYamlException("", new SourceSpan(file, (int)e.Start.Line, (int)e.Start.Column, ""), $"invalid YAML: {e.Message}");
        }

        var parser = new ExprParser(file, text);
        return stream.Documents is [{ RootNode: YamlMappingNode root }]
            ? (parser, root)
            : throw new PulumiYamlException("", new SourceSpan(file, 1, 1, ""), "expected one YAML document holding a mapping");
    }

    private static ComponentDecl Component(string name, YamlNode node, ExprParser parser)
    {
        var path = PathText.Property("components", name);
        var body = new TemplateBody(parser, path);
        var inputs = new List<ParameterDecl>();
        foreach (var (key, value) in Entries(node, parser, path))
        {
            var keyPath = PathText.Property(path, key);
            if (key == "inputs")
            {
                inputs.AddRange(Parameters(value, parser, keyPath, ["string", "integer", "boolean", "array"]));
            }
            else if (key is "name" or "runtime" || !body.Accept(key, value))
            {
                throw parser.Error(keyPath, value, $"component key '{key}' is not supported (expected one of {string.Join(", ", ComponentKeys)})");
            }
        }

        return new ComponentDecl(name, inputs, body.Variables, body.Resources, body.Outputs);
    }

    private static IEnumerable<ParameterDecl> Parameters(YamlNode node, ExprParser parser, string path, IReadOnlyCollection<string> types)
    {
        foreach (var (key, value) in Entries(node, parser, path))
        {
            var keyPath = PathText.Property(path, key);
            if (value is not YamlMappingNode mapping)
            {
                yield return new ParameterDecl(key, null, null, parser.Parse(value, keyPath), false, null, parser.SpanOf(value));
                continue;
            }

            string? type = null;
            string? items = null;
            Expr? defaultValue = null;
            Expr? fixedValue = null;
            var secret = false;
            foreach (var (field, fieldValue) in Entries(mapping, parser, keyPath))
            {
                var fieldPath = PathText.Property(keyPath, field);
                switch (field)
                {
                    case "type":
                        type = Text(fieldValue, parser, fieldPath);
                        if (!types.Contains(type))
                        {
                            throw parser.Error(fieldPath, fieldValue, $"type '{type}' is not one of {string.Join(", ", types)}");
                        }

                        break;
                    case "items":
                        var itemType = Entries(fieldValue, parser, fieldPath).FirstOrDefault(e => e.Key == "type").Value
                            ?? throw parser.Error(fieldPath, fieldValue, "'items' needs a 'type'");
                        items = Text(itemType, parser, fieldPath);
                        break;
                    case "default":
                        defaultValue = parser.Parse(fieldValue, fieldPath);
                        break;
                    case "value":
                        fixedValue = parser.Parse(fieldValue, fieldPath);
                        break;
                    case "secret":
                        secret = parser.Parse(fieldValue, fieldPath) is BooleanExpr { Value: true };
                        break;
                    case "description":
                        break;
                    default:
                        throw parser.Error(fieldPath, fieldValue, $"'{field}' is not one of {string.Join(", ", ParameterKeys)}");
                }
            }

            if (type == "array" && items is null)
            {
                throw parser.Error(keyPath, mapping, "type 'array' requires 'items'");
            }

            yield return new ParameterDecl(key, type, items, defaultValue, secret, fixedValue, parser.SpanOf(mapping));
        }
    }

    private static IEnumerable<NamedExpr> NamedExprs(YamlNode node, ExprParser parser, string path) =>
        Entries(node, parser, path).Select(e => new NamedExpr(e.Key, parser.Parse(e.Value, PathText.Property(path, e.Key)))).ToList();

    private static IEnumerable<ResourceDecl> Resources(YamlNode node, ExprParser parser, string path)
    {
        foreach (var (key, value) in Entries(node, parser, path))
        {
            var resourcePath = PathText.Property(path, key);
            string? type = null;
            string? name = null;
            var properties = new ObjectExpr(parser.SpanOf(value), []);
            var options = new List<ObjectEntry>();
            foreach (var (field, fieldValue) in Entries(value, parser, resourcePath))
            {
                var fieldPath = PathText.Property(resourcePath, field);
                switch (field)
                {
                    case "type":
                        type = Text(fieldValue, parser, fieldPath);
                        break;
                    case "name":
                        name = Text(fieldValue, parser, fieldPath);
                        break;
                    case "properties":
                        properties = parser.Parse(fieldValue, fieldPath) as ObjectExpr
                            ?? throw parser.Error(fieldPath, fieldValue, "properties must be written as an object");
                        break;
                    case "options":
                        foreach (var (option, optionValue) in Entries(fieldValue, parser, fieldPath))
                        {
                            var optionPath = PathText.Property(fieldPath, option);
                            if (!SupportedOptions.Contains(option))
                            {
                                throw parser.Error(optionPath, optionValue, $"resource option '{option}' is not supported (supported: {string.Join(", ", SupportedOptions)})");
                            }

                            options.Add(new ObjectEntry(option, parser.Parse(optionValue, optionPath)));
                        }

                        break;
                    default:
                        throw parser.Error(fieldPath, fieldValue, $"resource key '{field}' is not supported (expected one of {string.Join(", ", ResourceKeys)})");
                }
            }

            yield return new ResourceDecl(
                key,
                type ?? throw parser.Error(resourcePath, value, "the resource has no 'type'"),
                name,
                properties,
                options,
                parser.SpanOf(value));
        }
    }

    private static void RequireYamlRuntime(YamlNode value, ExprParser parser)
    {
        var runtime = value is YamlMappingNode mapping
            ? Entries(mapping, parser, "runtime").FirstOrDefault(e => e.Key == "name").Value
            : value;
        if (runtime is not YamlScalarNode { Value: "yaml" })
        {
            throw parser.Error("runtime", value, "runtime must be 'yaml'");
        }
    }

    private static IEnumerable<KeyValuePair<string, YamlNode>> Entries(YamlNode node, ExprParser parser, string path)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" })
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            throw parser.Error(path, node, "expected a mapping");
        }

        return mapping.Children.Select(c => KeyValuePair.Create(ExprParser.KeyOf(c.Key, parser, path), c.Value)).ToList();
    }

    private static string Text(YamlNode node, ExprParser parser, string path) =>
        node is YamlScalarNode { Value: { } value } ? value : throw parser.Error(path, node, "expected a string");

    /// <summary>The keys a program, a package file and a component body share: name, runtime, description, variables, resources, outputs.</summary>
    private sealed class TemplateBody(ExprParser parser, string path)
    {
        public string? Name { get; private set; }

        public List<NamedExpr> Variables { get; } = [];

        public List<ResourceDecl> Resources { get; } = [];

        public List<NamedExpr> Outputs { get; } = [];

        public bool Accept(string key, YamlNode value)
        {
            var keyPath = PathText.Property(path, key);
            switch (key)
            {
                case "name":
                    Name = Text(value, parser, keyPath);
                    return true;
                case "runtime":
                    RequireYamlRuntime(value, parser);
                    return true;
                case "description":
                    return true;
                case "variables":
                    Variables.AddRange(NamedExprs(value, parser, keyPath));
                    return true;
                case "resources":
                    Resources.AddRange(TemplateReader.Resources(value, parser, keyPath));
                    return true;
                case "outputs":
                    Outputs.AddRange(NamedExprs(value, parser, keyPath));
                    return true;
                default:
                    return false;
            }
        }
    }
}
