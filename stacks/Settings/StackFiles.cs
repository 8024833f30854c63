namespace Bluegreen.Stacks.Settings;

/// <summary>Where stack files live: <c>Pulumi.&lt;stack&gt;.yaml</c> beside Pulumi.yaml.</summary>
public static class StackFiles
{
    private const string Prefix = "Pulumi.";
    private const string Suffix = ".yaml";

    public static string FileName(string stackName) => $"{Prefix}{stackName}{Suffix}";

    public static string PathOf(string projectDirectory, string stackName) => Path.Combine(projectDirectory, FileName(stackName));

    /// <summary>Names of the stacks that have a file in <paramref name="projectDirectory"/>, sorted.</summary>
    public static IReadOnlyList<string> Find(string projectDirectory) =>
        Directory.Exists(projectDirectory)
            ? [.. Directory.EnumerateFiles(projectDirectory, $"{Prefix}*{Suffix}")
                .Select(path => Path.GetFileName(path)[Prefix.Length..^Suffix.Length])
                .Where(name => name.Length > 0)
                .Order(StringComparer.Ordinal)]
            : [];
}
