namespace Bluegreen.Tests.Cli;

/// <summary>A throw-away project folder with the given stack files; deleted on dispose.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject(IReadOnlyDictionary<string, string> stacks)
    {
        Directory.CreateDirectory(Path);
        foreach (var (stack, text) in stacks)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, $"Pulumi.{stack}.yaml"), text);
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bluegreen-test-{Guid.NewGuid():N}");

    /// <summary>Every file under the folder, relative, with forward slashes, sorted.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(file => System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
