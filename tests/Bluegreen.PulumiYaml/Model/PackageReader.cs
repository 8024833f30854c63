using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Syntax;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Model;

/// <summary>
/// A YAML component package folder as the host loads it (pulumi-yaml <c>LoadPluginTemplate</c>): every
/// <c>*.yaml</c> in the folder is a template and they merge; each component is a <c>ComponentParamDecl</c>
/// record. <c>PulumiPlugin.yaml</c> is also the CLI's plugin project (<c>LoadPluginProject</c> needs a
/// <c>runtime</c>), so its plugin keys are not findings.
/// </summary>
public static class PackageReader
{
    private const string PluginFile = "PulumiPlugin.yaml";

    /// <summary>Keys of pulumi's <c>PluginProject</c>, read by the CLI from PulumiPlugin.yaml.</summary>
    private static readonly HashSet<string> PluginProjectKeys = ["runtime", "packages", "requiredPulumiVersion", "template"];

    public static ComponentPackage Read(string directory, FindingSink sink)
    {
        var pluginFile = Path.Combine(directory, PluginFile);
        if (!File.Exists(pluginFile))
        {
            throw new PulumiYamlException("packages", SourceSpan.None, $"no {PluginFile} in package folder '{directory}'");
        }

        string? name = null;
        var components = new List<ComponentDecl>();
        var hasRuntime = false;
        foreach (var file in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var (context, root) = TemplateReader.Load(File.ReadAllText(file), file, sink);
            var isPluginFile = Path.GetFileName(file) == PluginFile;
            foreach (var (key, value) in context.Entries(root, ""))
            {
                var field = TemplateFields.Match(key, TemplateFields.Template);
                switch (field)
                {
                    case "name":
                        name ??= context.Text(value, key);
                        break;
                    case "description" or "version" or "namespace":
                        break;
                    case "components":
                        components.AddRange(context.Entries(value, key).Select(c => Component(c.Key, c.Value, context)));
                        break;
                    case null when isPluginFile && PluginProjectKeys.Contains(key):
                        hasRuntime |= key == "runtime";
                        break;
                    case null:
                        context.Finding(key, $"top-level key '{key}' is not read by the YAML host, which ignores it without a warning", HostSources.ParseTemplate);
                        break;
                    default:
                        throw context.Error(key, value, $"PulumiPlugin.yaml: root-level `{field}` is not supported in plugins ({HostSources.LoadPluginTemplate})");
                }
            }
        }

        if (!hasRuntime)
        {
            sink.Add(pluginFile, "runtime", "the plugin project has no 'runtime' (the CLI cannot start the package)", "pulumi sdk/go/common/workspace PluginProject.Validate");
        }

        var duplicate = components.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PulumiYamlException("components", SourceSpan.None, $"duplicate component name {duplicate.Key}");
        }

        return new ComponentPackage(
            name ?? throw new PulumiYamlException("name", SourceSpan.None, $"package '{directory}': missing required `name` field."),
            components,
            directory);
    }

    private static ComponentDecl Component(string name, YamlNode node, ReaderContext context)
    {
        var path = PathText.Property("components", name);
        var body = new TemplateBody(context, path);
        var inputs = new List<ParameterDecl>();
        foreach (var (field, value, fieldPath) in context.Record(node, path, TemplateFields.Component, path))
        {
            if (field == "inputs")
            {
                inputs.AddRange(ParameterReader.ComponentInputs(value, context, fieldPath));
            }
            else if (field is "pulumi" or "template" || !body.Accept(field, value))
            {
                throw context.Error(fieldPath, value, $"component key '{field}' is not supported by this tooling");
            }
        }

        return new ComponentDecl(name, inputs, body.Variables, body.Resources, body.Outputs);
    }
}
