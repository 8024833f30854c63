namespace Bluegreen.Stacks.Composition;

/// <summary>Where the generated files live, relative to the project folder (forward slashes, as Pulumi.yaml writes them).</summary>
public static class ProjectLayout
{
    public const string ProgramFile = "Pulumi.yaml";
    public const string PackageDirectory = "components/package";
    public const string PackageFile = PackageDirectory + "/PulumiPlugin.yaml";

    /// <summary>How Pulumi.yaml's <c>packages:</c> names the package folder.</summary>
    public const string PackageReference = "./" + PackageDirectory;
}
