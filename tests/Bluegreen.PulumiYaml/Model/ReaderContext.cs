using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Model;

/// <summary>One file being read: its expression parser and where findings about it go.</summary>
internal sealed class ReaderContext(ExprParser parser, FindingSink sink)
{
    public ExprParser Parser { get; } = parser;

    public string File => Parser.File;

    public void Finding(string path, string message, string source) => sink.Add(File, path, message, source);

    public PulumiYamlException Error(string path, YamlNode node, string reason) => Parser.Error(path, node, reason);

    public List<KeyValuePair<string, YamlNode>> Entries(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" })
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            throw Error(path, node, "expected a mapping");
        }

        return mapping.Children.Select(c => KeyValuePair.Create(ExprParser.KeyOf(c.Key, Parser, path), c.Value)).ToList();
    }

    public string Text(YamlNode node, string path) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(path, node, "expected a string");

    /// <summary>
    /// The entries of a declaration record as pulumi-yaml's <c>parseRecord</c> reads them: each key selects a field
    /// ignoring case (a miscapitalized key is a finding), and an unknown key is a finding and is skipped.
    /// </summary>
    public IEnumerable<(string Field, YamlNode Value, string Path)> Record(YamlNode node, string path, IReadOnlyList<string> fields, string objectName)
    {
        foreach (var (key, value) in Entries(node, path))
        {
            var keyPath = PathText.Property(path, key);
            var field = TemplateFields.Match(key, fields);
            if (field is null)
            {
                Finding(keyPath, $"Field '{key}' does not exist on Object '{objectName}' (fields: {string.Join(", ", fields)}); the host warns and ignores it", HostSources.ParseRecord);
                continue;
            }

            if (field != key)
            {
                Finding(keyPath, $"'{key}' looks like a miscapitalization of '{field}'", HostSources.UnexpectedCasing);
            }

            yield return (field, value, keyPath);
        }
    }
}
