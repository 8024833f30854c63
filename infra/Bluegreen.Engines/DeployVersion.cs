using Bluegreen.Stacks.Config;

namespace Bluegreen.Engines;

/// <summary>Checks a version (image tag) given to deploy against the config schema's <see cref="ImageTagRule"/>, before anything changes.</summary>
internal static class DeployVersion
{
    public static bool IsValid(string tag) => ImageTagRule.Check(tag) is null;

    /// <summary>Throws <see cref="StackError.InvalidInput"/> with the rule when <paramref name="version"/> breaks it.</summary>
    public static void EnsureValid(string version)
    {
        if (ImageTagRule.Check(version) is { } problem)
        {
            throw new StackFailureException(StackError.InvalidInput, $"{problem} Nothing was changed.");
        }
    }
}
