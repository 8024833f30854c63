using Bluegreen.PulumiYaml.Host;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Model;

/// <summary>
/// A project loaded as the CLI and the YAML host load it: the project file (<see cref="Project"/>), the program it
/// points at (<see cref="Program"/>, from <see cref="ProgramDirectory"/>) and the component packages named in the
/// project's <c>packages:</c>. <see cref="Findings"/> lists everything the host would reject, warn about or
/// silently ignore; <see cref="LoadChecked"/> fails on any.
/// </summary>
public sealed record PulumiYamlProject(ProgramTemplate Program, IReadOnlyList<ComponentPackage> Packages)
{
    public ProjectFile? Project { get; init; }

    public string? ProgramDirectory { get; init; }

    public IReadOnlyList<HostFinding> Findings { get; init; } = [];

    /// <summary>
    /// Loads <paramref name="projectFile"/> (a <c>Pulumi.yaml</c>), its program (<c>main</c>, else the file itself)
    /// and its local packages (paths relative to the project root, pulumi <c>resolvePluginPath</c>). Throws when
    /// there is nothing to evaluate; every host rule that fails is in <see cref="Findings"/>.
    /// </summary>
    public static PulumiYamlProject Load(string projectFile)
    {
        var sink = new FindingSink();
        var (project, projectFindings) = ProjectFileReader.Read(projectFile);
        sink.AddRange(projectFindings);
        if (project is null)
        {
            throw new PulumiYamlException("", SourceSpan.None, string.Join("; ", projectFindings));
        }

        var (directory, programFile) = ProgramLocator.Locate(project, sink);
        if (programFile is null)
        {
            throw new PulumiYamlException("main", SourceSpan.None, string.Join("; ", sink.Items));
        }

        var doublesAsProject = Path.GetFullPath(programFile) == Path.GetFullPath(projectFile);
        if (!doublesAsProject)
        {
            foreach (var key in project.Keys.Where(k => !ProjectFileReader.CliKeys.Contains(k)))
            {
                sink.Add(projectFile, key, $"'{key}' is not a project setting; the CLI keeps it unread and the host reads the program from '{programFile}'", HostSources.ProjectAdditionalKeys);
            }
        }

        var program = TemplateReader.ReadProgram(programFile, sink, doublesAsProject) with
        {
            Name = project.Name,
            Packages = project.Packages,
        };
        var packages = project.Packages.Select(p => LoadPackage(project, p.Key, p.Value, sink)).OfType<ComponentPackage>().ToList();
        DefaultProviderRules.Check(program, programFile, "", sink);
        foreach (var package in packages)
        {
            foreach (var component in package.Components)
            {
                DefaultProviderRules.Check(component, Path.Combine(package.Directory, "PulumiPlugin.yaml"), PathText.Property("components", component.Name) + ".", sink);
            }
        }

        return new PulumiYamlProject(program, packages) { Project = project, ProgramDirectory = directory, Findings = sink.Items };
    }

    /// <summary>Like <see cref="Load"/>, and throws <see cref="HostRulesException"/> when any host rule fails.</summary>
    public static PulumiYamlProject LoadChecked(string projectFile)
    {
        var project = Load(projectFile);
        return project.Findings.Count == 0 ? project : throw new HostRulesException(project.Findings);
    }

    /// <summary>Finds the component a resource type names, with its canonical token.</summary>
    public (ComponentPackage Package, ComponentDecl Component)? ResolveComponent(string type)
    {
        foreach (var package in Packages)
        {
            if (package.Resolve(type) is { } component)
            {
                return (package, component);
            }
        }

        return null;
    }

    private static ComponentPackage? LoadPackage(ProjectFile project, string declared, string source, FindingSink sink)
    {
        var at = PathText.Property("packages", declared);
        var folder = Path.GetFullPath(Path.Combine(project.RootDirectory, source));
        if (!Directory.Exists(folder))
        {
            sink.Add(project.Path, at, $"no folder at path '{folder}' (package paths are relative to the project root)", HostSources.ResolvePluginPath);
            return null;
        }

        var package = PackageReader.Read(folder, sink);
        if (package.Name != declared)
        {
            throw new PulumiYamlException(at, SourceSpan.None, $"the folder holds package '{package.Name}', not '{declared}'");
        }

        if (declared == project.Name)
        {
            sink.Add(project.Path, at,
                $"the package has the project's name '{declared}': every '{declared}:*' stack key is passed to its provider as configuration, so each config change (every flip) shows a provider update; rename the package",
                HostSources.GetPackageConfig);
        }

        return package;
    }
}
