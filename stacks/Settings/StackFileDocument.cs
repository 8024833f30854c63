using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.Stacks.Settings;

/// <summary>The raw content of a stack file: its <c>config:</c> entries as YAML nodes, in file order.</summary>
internal sealed record StackFileDocument(IReadOnlyList<KeyValuePair<string, YamlNode>> Config)
{
    /// <summary>Top-level keys Pulumi writes in stack files.</summary>
    private static readonly string[] TopLevelKeys = ["config", "secretsprovider", "encryptionsalt", "encryptedkey", "environment"];

    public static StackFileDocument Parse(string text, List<SettingsError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException failure)
        {
            errors.Add(new SettingsError("", $"The file is not valid YAML at line {failure.Start.Line}, column {failure.Start.Column}: {failure.Message}"));
            return new StackFileDocument([]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new StackFileDocument([]);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new SettingsError("", "The file must be a YAML mapping with a \"config:\" section."));
            return new StackFileDocument([]);
        }

        YamlNode? config = null;
        foreach (var (key, value) in root.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (name == "config")
            {
                config = value;
            }
            else if (!TopLevelKeys.Contains(name))
            {
                errors.Add(new SettingsError(name, $"\"{name}\" (line {key.Start.Line}) is not a stack file section; settings go under \"config:\" as \"bluegreen:<key>: <value>\"."));
            }
        }

        return config switch
        {
            null or YamlScalarNode { Value: null or "" } => new StackFileDocument([]),
            YamlMappingNode map => new StackFileDocument([.. map.Children.Select(pair => new KeyValuePair<string, YamlNode>((pair.Key as YamlScalarNode)?.Value ?? "", pair.Value))]),
            _ => Invalid(errors),
        };
    }

    private static StackFileDocument Invalid(List<SettingsError> errors)
    {
        errors.Add(new SettingsError("config", "\"config:\" must be a mapping of \"bluegreen:<key>: <value>\" entries."));
        return new StackFileDocument([]);
    }
}
