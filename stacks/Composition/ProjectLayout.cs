namespace Bluegreen.Stacks.Composition;

/// <summary>Where the generated files live, relative to the project folder (forward slashes, as Pulumi.yaml writes them).</summary>
public static class ProjectLayout
{
    /// <summary>The project: what the CLI reads (name, runtime, main, packages, config declarations).</summary>
    public const string ProjectFile = "Pulumi.yaml";

    /// <summary>
    /// The program's own folder. The YAML host looks for the program and walks for package declarations only here
    /// (pulumi-yaml run.go <c>LoadDir</c> → <c>probeForFile</c> and packages/file.go <c>SearchPackageDecls</c>, started
    /// in the folder pulumi engine/project.go <c>getPwdMain</c> derives from <c>main</c>), so nothing else in the
    /// checkout, such as a local stack's state folder, is read.
    /// </summary>
    public const string ProgramDirectory = "program";

    /// <summary>How Pulumi.yaml's <c>main:</c> names <see cref="ProgramDirectory"/>.</summary>
    public const string Main = ProgramDirectory + "/";

    /// <summary>The first name <c>probeForFile</c> tries after Main.json.</summary>
    public const string ProgramFile = ProgramDirectory + "/Main.yaml";

    public const string PackageDirectory = "components/package";
    public const string PackageFile = PackageDirectory + "/PulumiPlugin.yaml";

    /// <summary>How Pulumi.yaml's <c>packages:</c> names the package folder: relative to the project root (pulumi plugin/host.go <c>resolvePluginPath</c>).</summary>
    public const string PackageReference = "./" + PackageDirectory;
}
