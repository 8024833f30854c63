using Bluegreen.Tests.PulumiYaml.Model;

namespace Bluegreen.Tests.PulumiYaml.Testing;

/// <summary>A throw-away folder holding <c>Pulumi.yaml</c> and, optionally, a component package in <c>components/</c>.</summary>
public sealed class TempProject : IDisposable
{
    public TempProject(string program, string? package = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "bluegreen-yaml-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(ProgramFile, program);
        if (package is not null)
        {
            System.IO.Directory.CreateDirectory(Path.Combine(Directory, "components"));
            File.WriteAllText(Path.Combine(Directory, "components", "PulumiPlugin.yaml"), package);
        }
    }

    public string Directory { get; }

    public string ProgramFile => Path.Combine(Directory, "Pulumi.yaml");

    public static PulumiYamlProject Load(string program, string? package = null)
    {
        using var project = new TempProject(program, package);
        return project.Load();
    }

    public PulumiYamlProject Load() => PulumiYamlProject.Load(ProgramFile);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
