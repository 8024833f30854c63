namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// Where the YAML host finds the program of a project: the CLI turns <c>main</c> into the program directory
/// (pulumi <c>getPwdMain</c>: a folder is used as is, a file's folder otherwise; relative to the project root), and
/// the host reads the first of <c>Main.json</c>, <c>Main.yaml</c>, <c>Pulumi.yaml</c> in that folder only
/// (pulumi-yaml <c>LoadDir</c> / <c>probeForFile</c>). The host then walks the whole folder tree for package
/// declarations (<c>SearchPackageDecls</c>) and fails on any folder it cannot read, so a subfolder is a finding.
/// </summary>
public static class ProgramLocator
{
    public static (string Directory, string? File) Locate(ProjectFile project, FindingSink sink)
    {
        var directory = project.RootDirectory;
        if (project.Main is { Length: > 0 } main)
        {
            var target = Path.GetFullPath(Path.Combine(project.RootDirectory, main));
            if (Directory.Exists(target))
            {
                directory = target;
            }
            else if (File.Exists(target))
            {
                directory = Path.GetDirectoryName(target)!;
            }
            else
            {
                sink.Add(project.Path, "main", $"project 'main' could not be read: no file or folder '{main}'", HostSources.GetPwdMain);
                return (target, null);
            }
        }

        var file = new[] { "Main.json", "Main.yaml", "Pulumi.yaml" }.Select(name => Path.Combine(directory, name)).FirstOrDefault(File.Exists);
        if (file is null)
        {
            sink.Add(project.Path, "main", $"reading template Main.json: missing template file (looked for Main.json, Main.yaml, Pulumi.yaml in '{directory}')", HostSources.ProbeForFile);
        }
        else if (Path.GetFileName(file) == "Main.json")
        {
            sink.Add(file, "", "a Main.json program is read first by the host but is not supported by this tooling", HostSources.ProbeForFile);
            file = null;
        }

        var subfolders = Directory.GetDirectories(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (subfolders.Count > 0)
        {
            sink.Add(file ?? project.Path, "",
                $"the program folder '{directory}' has subfolders ({string.Join(", ", subfolders)}); the host reads every .yaml below it and fails on any folder it cannot read",
                HostSources.SearchPackageDecls);
        }

        return (directory, file);
    }
}
