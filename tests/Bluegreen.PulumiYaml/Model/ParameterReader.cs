using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Syntax;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Model;

/// <summary>
/// Config entries of a program and inputs of a component, both pulumi-yaml <c>ConfigParamDecl</c> records (type,
/// name, secret, default, value, items; anything else, <c>description</c> included, warns). Program config types are
/// those <c>config.Parse</c> knows (string, number, int/integer, bool/boolean, object, List&lt;T&gt;; no
/// <c>array</c>), checked by <c>registerConfig</c>; component inputs are typed by <c>parseTypeSpec</c> (string,
/// integer, boolean, array with items) when the package schema is generated.
/// </summary>
internal static class ParameterReader
{
    private static readonly string[] ConfigScalarTypes = ["string", "number", "int", "integer", "bool", "boolean", "object"];

    private static readonly string[] InputTypes = ["string", "integer", "boolean", "array"];

    public static IEnumerable<ParameterDecl> ProgramConfig(YamlNode node, ReaderContext context, string path) =>
        Parameters(node, context, path, isInput: false);

    public static IEnumerable<ParameterDecl> ComponentInputs(YamlNode node, ReaderContext context, string path) =>
        Parameters(node, context, path, isInput: true);

    /// <summary>Whether pulumi-yaml's <c>config.Parse</c> accepts a type name (case-insensitive, <c>List&lt;T&gt;</c> nests).</summary>
    public static bool ConfigParseAccepts(string type)
    {
        var lower = type.ToLowerInvariant();
        return lower.StartsWith("list<", StringComparison.Ordinal) && lower.EndsWith('>')
            ? ConfigParseAccepts(type[5..^1].Trim())
            : ConfigScalarTypes.Contains(lower);
    }

    private static IEnumerable<ParameterDecl> Parameters(YamlNode node, ReaderContext context, string path, bool isInput)
    {
        foreach (var (key, value) in context.Entries(node, path))
        {
            var keyPath = PathText.Property(path, key);
            if (value is not YamlMappingNode mapping)
            {
                yield return new ParameterDecl(key, null, null, null, false, context.Parser.Parse(value, keyPath), context.Parser.SpanOf(value));
                continue;
            }

            string? type = null;
            string? items = null;
            Expr? defaultValue = null;
            Expr? fixedValue = null;
            var secret = false;
            foreach (var (field, fieldValue, fieldPath) in context.Record(mapping, keyPath, TemplateFields.ConfigParam, keyPath))
            {
                switch (field)
                {
                    case "type":
                        type = context.Text(fieldValue, fieldPath);
                        CheckType(type, isInput, context, fieldPath, fieldValue);
                        break;
                    case "items":
                        var itemType = context.Entries(fieldValue, fieldPath).FirstOrDefault(e => e.Key == "type").Value
                            ?? throw context.Error(fieldPath, fieldValue, "'items' needs a 'type'");
                        items = context.Text(itemType, fieldPath);
                        break;
                    case "default":
                        defaultValue = context.Parser.Parse(fieldValue, fieldPath);
                        break;
                    case "value":
                        fixedValue = context.Parser.Parse(fieldValue, fieldPath);
                        break;
                    case "secret":
                        secret = context.Parser.Parse(fieldValue, fieldPath) is BooleanExpr { Value: true };
                        break;
                    case "name":
                        throw context.Error(fieldPath, fieldValue, "a config 'name' that renames the key is not supported by this tooling");
                }
            }

            if (isInput && type == "array" && items is null)
            {
                throw context.Error(keyPath, mapping, $"missing items ({HostSources.ParseTypeSpec})");
            }

            if (isInput && type == "array" && (defaultValue ?? fixedValue) is not null)
            {
                context.Finding(keyPath,
                    "an optional input of type 'array': when a caller omits it the component registers it as config, and config.Parse does not know 'array'",
                    HostSources.ComponentEvalConfig);
            }

            if (!isInput && type is null && defaultValue is null && fixedValue is null)
            {
                context.Finding(keyPath, "unable to infer type: either 'default' or 'type' is required", HostSources.ConfigParse);
            }

            yield return new ParameterDecl(key, type, items, defaultValue, secret, fixedValue, context.Parser.SpanOf(mapping));
        }
    }

    private static void CheckType(string type, bool isInput, ReaderContext context, string path, YamlNode node)
    {
        if (isInput && !InputTypes.Contains(type))
        {
            throw context.Error(path, node, $"unknown type: {type} (a component input is one of {string.Join(", ", InputTypes)}; {HostSources.ParseTypeSpec})");
        }

        if (!isInput && !ConfigParseAccepts(type))
        {
            context.Finding(path,
                $"unexpected configuration type '{type}': valid types are string, number, int, boolean, object and List<T> of them",
                HostSources.ConfigParse);
        }
    }
}
