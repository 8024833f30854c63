namespace Bluegreen.PulumiYaml;

/// <summary>Finds the repository root: the folder holding Infra.sln, above the running test assembly.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RootDirectory => Root.Value;

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
