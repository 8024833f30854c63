using Bluegreen.PulumiYaml.Syntax;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// A stack's config as the CLI hands it to the language host: fully qualified keys (<c>bluegreen:activeColor</c>,
/// <c>aws:region</c>) with string values; structured values as JSON text. Encrypted (<c>secure:</c>) values cannot
/// be read here and must be replaced with <see cref="With"/> before the program uses them. A plain YAML scalar is
/// kept as the CLI re-marshals it (pulumi <c>config.object.MarshalString</c>): numbers and booleans as JSON text,
/// so <c>1.10</c> written unquoted arrives as <c>1.1</c>.
/// </summary>
public sealed record StackConfiguration(
    string Project,
    string Stack,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlySet<string> SecretKeys,
    IReadOnlySet<string> EncryptedKeys)
{
    /// <summary>Keys whose value is JSON for a list or map (the CLI's "object" config values).</summary>
    public IReadOnlySet<string> ObjectKeys { get; init; } = new HashSet<string>();

    public static StackConfiguration Empty(string project, string stack) =>
        new(project, stack, new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string>());

    /// <summary>Reads <c>Pulumi.&lt;stack&gt;.yaml</c>; the stack name comes from the file name.</summary>
    public static StackConfiguration Load(string stackFile, string project)
    {
        var fileName = Path.GetFileName(stackFile);
        if (!fileName.StartsWith("Pulumi.", StringComparison.Ordinal) || !fileName.EndsWith(".yaml", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{stackFile}' is not a stack file named Pulumi.<stack>.yaml.", nameof(stackFile));
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(stackFile)));
        var values = new Dictionary<string, string>();
        var objects = new HashSet<string>();
        var encrypted = new HashSet<string>();
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        if (root.Children.TryGetValue(new YamlScalarNode("config"), out var config) && config is YamlMappingNode entries)
        {
            foreach (var (keyNode, valueNode) in entries.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value!;
                if (valueNode is YamlMappingNode secure && secure.Children.ContainsKey(new YamlScalarNode("secure")))
                {
                    encrypted.Add(key);
                    continue;
                }

                values[key] = valueNode is YamlScalarNode scalar ? ScalarText(scalar) : ToJson(valueNode);
                if (valueNode is not YamlScalarNode)
                {
                    objects.Add(key);
                }
            }
        }

        return new StackConfiguration(project, fileName["Pulumi.".Length..^".yaml".Length], values, encrypted.ToHashSet(), encrypted)
        {
            ObjectKeys = objects,
        };
    }

    /// <summary>A copy with one value set; a key without a namespace is a project key.</summary>
    public StackConfiguration With(string key, string value, bool secret = false)
    {
        var fullKey = Qualify(key);
        var values = new Dictionary<string, string>(Values) { [fullKey] = value };
        var secrets = new HashSet<string>(SecretKeys);
        if (secret)
        {
            secrets.Add(fullKey);
        }

        var encrypted = new HashSet<string>(EncryptedKeys);
        encrypted.Remove(fullKey);
        var objects = new HashSet<string>(ObjectKeys);
        objects.Remove(fullKey);
        return this with { Values = values, SecretKeys = secrets, EncryptedKeys = encrypted, ObjectKeys = objects };
    }

    /// <summary>A copy with a list or map value given as JSON, as a stack file's YAML list or map becomes.</summary>
    public StackConfiguration WithJson(string key, string json, bool secret = false)
    {
        var updated = With(key, json, secret);
        return updated with { ObjectKeys = new HashSet<string>(updated.ObjectKeys) { Qualify(key) } };
    }

    public string Qualify(string key) => key.Contains(':', StringComparison.Ordinal) ? key : $"{Project}:{key}";

    private static string ScalarText(YamlScalarNode scalar) =>
        scalar.Style != YamlDotNet.Core.ScalarStyle.Plain ? scalar.Value ?? "" : YamlScalars.Resolve(scalar.Value ?? "") switch
        {
            bool flag => flag ? "true" : "false",
            double number when !double.IsNaN(number) && !double.IsInfinity(number) => GoJson.FormatNumber(number),
            _ => scalar.Value ?? "",
        };

    private static string ToJson(YamlNode node) => GoJson.Marshal(ToValue(node));

    private static PulumiValue ToValue(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => new ListValue(sequence.Children.Select(ToValue).ToList()),
        YamlMappingNode mapping => new ObjectValue(mapping.Children
            .Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value ?? "", ToValue(e.Value)))
            .ToList()),
        _ => new StringValue(((YamlScalarNode)node).Value ?? ""),
    };
}
