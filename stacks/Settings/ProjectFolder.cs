namespace Bluegreen.Stacks.Settings;

/// <summary>Finds the project folder: the one holding <c>Pulumi.yaml</c> and the stack files (or <c>Infra.sln</c>, in a checkout).</summary>
public static class ProjectFolder
{
    /// <summary>The nearest folder at or above <paramref name="start"/> that holds Pulumi.yaml or Infra.sln; null when none does.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")) || File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
