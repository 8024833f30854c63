using Bluegreen.Infra.Cli;
using Bluegreen.Stacks.Config;

namespace Bluegreen.Infra.Engines;

/// <summary>The rule every engine applies to a version (image tag) given to deploy: the stacks' <see cref="ImageTagRule"/>.</summary>
internal static class ImageTags
{
    public static bool IsValid(string tag) => ImageTagRule.Check(tag) is null;

    /// <summary>Throws <see cref="ExitCodes.InvalidInput"/> with the rule when <paramref name="version"/> breaks it.</summary>
    public static void EnsureValid(string version)
    {
        if (ImageTagRule.Check(version) is { } problem)
        {
            throw new CommandException(ExitCodes.InvalidInput, problem);
        }
    }
}
