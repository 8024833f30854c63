namespace Bluegreen.Tests.PulumiYaml;

/// <summary>Finds the repository root (the folder holding Infra.sln) and the shared provider schemas beside it.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RootDirectory => Root.Value;

    /// <summary>The provider schemas live in a sibling folder of the repository: <c>&lt;root&gt;/../shared/schemas</c>.</summary>
    public static string SchemasDirectory
    {
        get
        {
            var directory = Path.GetFullPath(Path.Combine(RootDirectory, "..", "shared", "schemas"));
            if (!File.Exists(Path.Combine(directory, "aws.json")))
            {
                throw new InvalidOperationException(
                    $"Provider schemas not found: expected aws.json, random.json and kubernetes.json in '{directory}'. " +
                    "Put the shared folder (shared/schemas) beside the repository checkout.");
            }

            return directory;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Infra.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Repository root not found: no Infra.sln in '{AppContext.BaseDirectory}' or any folder above it.");
    }
}
