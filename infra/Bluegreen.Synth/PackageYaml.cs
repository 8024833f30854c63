using Bluegreen.Components.Model;

namespace Bluegreen.Synth;

/// <summary>Renders PulumiPlugin.yaml: the package header and its YAML components.</summary>
internal static class PackageYaml
{
    public static string Render(ComponentPackage package)
    {
        var yaml = new YamlEventWriter(GeneratedFiles.Header);
        yaml.BeginMap();
        yaml.Entry("name", package.Name);
        yaml.Entry("version", package.Version);
        yaml.Entry("runtime", "yaml");
        if (package.Description is { } description)
        {
            yaml.Entry("description", description);
        }

        yaml.Key("components");
        yaml.BeginMap();
        foreach (var component in package.Components)
        {
            yaml.Key(component.Name);
            yaml.BeginMap();
            DeclarationYaml.WriteDeclarations(yaml, "inputs", component.Inputs);
            DeclarationYaml.WriteBody(yaml, component.Variables, component.Resources, component.Outputs);
            yaml.EndMap();
        }

        yaml.EndMap();
        yaml.EndMap();
        return yaml.Finish();
    }
}
