namespace Bluegreen.Agent.Os;

/// <summary>Finds the program a spec names the way a shell would, so a missing one is reported instead of exec failing.</summary>
internal static class ExecutableResolver
{
    /// <summary>The absolute path of <paramref name="fileName"/>, or null with the reason in <paramref name="error"/>.</summary>
    public static string? Resolve(string fileName, string workingDirectory, string? searchPath, out string? error)
    {
        if (fileName.Contains('/', StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(fileName, workingDirectory);
            error = IsExecutable(path)
                ? null
                : File.Exists(path)
                    ? $"program \"{path}\" is not executable; chmod +x it or run it through an interpreter."
                    : $"program \"{path}\" does not exist; fix fileName or build the program first.";
            return error is null ? path : null;
        }

        var folders = (searchPath ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, fileName);
            if (IsExecutable(candidate))
            {
                error = null;
                return candidate;
            }
        }

        error = $"program \"{fileName}\" was not found on PATH ({searchPath}); install it or give fileName as an absolute path.";
        return null;
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path)
        && (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
