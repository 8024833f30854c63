using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// A stack's config as the CLI hands it to the language host: fully qualified keys (<c>bluegreen:activeColor</c>,
/// <c>aws:region</c>) with string values; structured values as JSON text. Encrypted (<c>secure:</c>) values cannot
/// be read here and must be replaced with <see cref="With"/> before the program uses them.
/// </summary>
public sealed record StackConfiguration(
    string Project,
    string Stack,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlySet<string> SecretKeys,
    IReadOnlySet<string> EncryptedKeys)
{
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

                values[key] = valueNode is YamlScalarNode scalar ? scalar.Value ?? "" : ToJson(valueNode);
            }
        }

        return new StackConfiguration(project, fileName["Pulumi.".Length..^".yaml".Length], values, encrypted.ToHashSet(), encrypted);
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
        return this with { Values = values, SecretKeys = secrets, EncryptedKeys = encrypted };
    }

    public string Qualify(string key) => key.Contains(':', StringComparison.Ordinal) ? key : $"{Project}:{key}";

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
