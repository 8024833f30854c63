using Bluegreen.PulumiYaml.Model;

namespace Bluegreen.PulumiYaml.Testing;

/// <summary>A throw-away project folder: <c>Pulumi.yaml</c> plus any other files (e.g. a component package).</summary>
public sealed class TempProject : IDisposable
{
    public const string PackageFile = "components/PulumiPlugin.yaml";

    public TempProject(IEnumerable<(string RelativePath, string Content)> files)
    {
        Directory = Path.Combine(Path.GetTempPath(), "bluegreen-yaml-" + Guid.NewGuid().ToString("N"));
        foreach (var (relativePath, content) in files)
        {
            var path = Path.Combine(Directory, relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }
    }

    public string Directory { get; }

    public string ProgramFile => Path.Combine(Directory, "Pulumi.yaml");

    /// <summary>Loads a program and, when given, a package that the program names as <c>./components</c>.</summary>
    public static PulumiYamlProject Load(string program, string? package = null) =>
        Load(package is null ? [("Pulumi.yaml", program)] : [("Pulumi.yaml", program), (PackageFile, package)]);

    public static PulumiYamlProject Load(IEnumerable<(string RelativePath, string Content)> files)
    {
        using var project = new TempProject(files);
        return PulumiYamlProject.Load(project.ProgramFile);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
