
namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>Finds the <c>pulumi</c> program: <c>BLUEGREEN_PULUMI</c> when set, else the first match on PATH.</summary>
internal static class PulumiExecutable
{
    public const string OverrideVariable = "BLUEGREEN_PULUMI";

    public static readonly string InstallHint =
        $"Install the Pulumi CLI {PulumiVersion.MinimumSupported} or newer (https://www.pulumi.com/docs/install/, "
        + "for example `curl -fsSL https://get.pulumi.com | sh`) and put it on PATH, "
        + $"or set {OverrideVariable} to the full path of the pulumi program.";

    /// <param name="environment">Reads an environment variable; tests pass their own.</param>
    public static string Locate(Func<string, string?> environment)
    {
        var configured = environment(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new StackFailureException(
                    StackError.PulumiFailed,
                    $"{OverrideVariable} is set to '{configured}', but no file is there. Fix the path or unset it to search PATH.");
        }

        var fileName = OperatingSystem.IsWindows() ? "pulumi.exe" : "pulumi";
        var onPath = (environment("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, fileName))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new StackFailureException(StackError.PulumiFailed, $"The Pulumi CLI was not found. {InstallHint}");
    }
}
