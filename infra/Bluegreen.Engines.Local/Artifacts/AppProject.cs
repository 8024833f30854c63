using System.Xml.Linq;

namespace Bluegreen.Engines.Local.Artifacts;

/// <summary>
/// A separate program under <c>infra/apps/&lt;name&gt;/</c>: its project file, the dll it publishes, and every
/// file whose change makes a published copy stale.
/// </summary>
internal sealed record AppProject(string Name, string ProjectFile, string AssemblyName)
{
    private static readonly string[] RepositoryBuildFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json"];

    public string Folder => Path.GetDirectoryName(ProjectFile)!;

    /// <param name="projectDirectory">The repository root (holds Infra.sln).</param>
    /// <param name="name">The folder name under infra/apps, e.g. "sample", "agent", "router".</param>
    public static AppProject Find(string projectDirectory, string name)
    {
        var folder = Path.Combine(projectDirectory, "infra", "apps", name);
        var projects = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.csproj") : [];
        if (projects.Length != 1)
        {
            throw new StackFailureException(
                StackError.InvalidInput,
                $"Expected one project file in {folder} for app \"{name}\", found {projects.Length}. Check the app name and the checkout.");
        }

        var assemblyName = XDocument.Load(projects[0]).Descendants("AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault()
            ?? Path.GetFileNameWithoutExtension(projects[0]);
        return new AppProject(name, projects[0], assemblyName);
    }

    /// <summary>
    /// Sources of the app, files it links from elsewhere (<c>Compile Include="../..."</c>), projects it references,
    /// and the repository-wide build settings.
    /// </summary>
    public IEnumerable<string> Inputs(string projectDirectory)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return ProjectInputs(ProjectFile, visited)
            .Concat(RepositoryBuildFiles
                .Select(file => Path.Combine(projectDirectory, file))
                .Where(File.Exists));
    }

    private static IEnumerable<string> ProjectInputs(string projectFile, HashSet<string> visited)
    {
        if (!visited.Add(Path.GetFullPath(projectFile)))
        {
            yield break;
        }

        var folder = Path.GetDirectoryName(projectFile)!;
        foreach (var file in SourceFiles(folder))
        {
            yield return file;
        }

        var project = XDocument.Load(projectFile);
        foreach (var include in project.Descendants("Compile").Select(e => (string?)e.Attribute("Include")).OfType<string>())
        {
            foreach (var file in Expand(folder, include))
            {
                yield return file;
            }
        }

        foreach (var reference in project.Descendants("ProjectReference").Select(e => (string?)e.Attribute("Include")).OfType<string>())
        {
            foreach (var file in ProjectInputs(Path.GetFullPath(Path.Combine(folder, reference)), visited))
            {
                yield return file;
            }
        }
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    /// <summary>Resolves an include such as <c>../../Local/Agent/Contracts/*.cs</c>: a folder, then a file pattern.</summary>
    private static IEnumerable<string> Expand(string folder, string include)
    {
        var path = Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/')));
        var directory = Path.GetDirectoryName(path)!;
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, Path.GetFileName(path)) : [];
    }
}
