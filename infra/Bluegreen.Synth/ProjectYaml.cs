using Bluegreen.Components.Model;

namespace Bluegreen.Synth;

/// <summary>
/// Renders Pulumi.yaml: the project alone. Config is declared here because the CLI validates it (types, array items,
/// required values) and applies defaults before the program runs; the program file carries no config block.
/// </summary>
internal static class ProjectYaml
{
    public static string Render(PulumiProgram program)
    {
        var yaml = new YamlEventWriter(GeneratedFiles.Header);
        yaml.BeginMap();
        yaml.Entry("name", program.Name);
        yaml.Entry("runtime", "yaml");
        yaml.Entry("description", program.Description);
        yaml.Entry("main", program.Main);
        yaml.Entry("requiredPulumiVersion", program.RequiredPulumiVersion);
        if (program.Packages.Count > 0)
        {
            yaml.Key("packages");
            yaml.BeginMap();
            foreach (var package in program.Packages)
            {
                yaml.Entry(package.Name, package.Path);
            }

            yaml.EndMap();
        }

        DeclarationYaml.WriteDeclarations(yaml, "config", program.Config);
        yaml.EndMap();
        return yaml.Finish();
    }
}
