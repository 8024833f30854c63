using Bluegreen.Components.Model;

namespace Bluegreen.Synth;

/// <summary>Renders the program file (program/Main.yaml): the CLI version it needs, then variables, resources and outputs.</summary>
internal static class ProgramYaml
{
    public static string Render(PulumiProgram program)
    {
        var yaml = new YamlEventWriter(GeneratedFiles.Header);
        yaml.BeginMap();
        yaml.Key("pulumi");
        yaml.BeginMap();
        yaml.Entry("requiredVersion", program.RequiredPulumiVersion);
        yaml.EndMap();
        DeclarationYaml.WriteBody(yaml, program.Variables, program.Resources, program.Outputs);
        yaml.EndMap();
        return yaml.Finish();
    }
}
