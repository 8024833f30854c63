using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Model;

/// <summary>A program plus the component packages its <c>packages:</c> block points at.</summary>
public sealed record PulumiYamlProject(ProgramTemplate Program, IReadOnlyList<ComponentPackage> Packages)
{
    /// <summary>Loads <c>Pulumi.yaml</c> and each package folder, resolved relative to the program's folder.</summary>
    public static PulumiYamlProject Load(string programFile)
    {
        var program = TemplateReader.ReadProgram(programFile);
        var directory = Path.GetDirectoryName(Path.GetFullPath(programFile))!;
        var packages = program.Packages
            .Select(p => (Declared: p.Key, Package: TemplateReader.ReadPackage(Path.GetFullPath(Path.Combine(directory, p.Value)))))
            .ToList();
        var mismatch = packages.FirstOrDefault(p => p.Declared != p.Package.Name);
        if (mismatch.Package is not null)
        {
            throw new PulumiYamlException(
                PathText.Property("packages", mismatch.Declared),
                SourceSpan.None,
                $"the folder holds package '{mismatch.Package.Name}', not '{mismatch.Declared}'");
        }

        return new PulumiYamlProject(program, packages.Select(p => p.Package).ToList());
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
}
