using Bluegreen.Components.Model;

namespace Bluegreen.Synth;

/// <summary>Renders Pulumi.yaml: project settings followed by the program.</summary>
internal static class ProgramYaml
{
    public static string Render(PulumiProgram program)
    {
        var yaml = new YamlEventWriter(GeneratedFiles.Header);
        yaml.BeginMap();
        yaml.Entry("name", program.Name);
        yaml.Entry("runtime", "yaml");
        yaml.Entry("description", program.Description);
        yaml.Key("pulumi");
        yaml.BeginMap();
        yaml.Entry("requiredVersion", program.RequiredPulumiVersion);
        yaml.EndMap();
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

        DeclarationYaml.WriteBody(yaml, "config", program.Config, program.Variables, program.Resources, program.Outputs);
        yaml.EndMap();
        return yaml.Finish();
    }
}
