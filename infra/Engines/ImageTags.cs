using System.Text.RegularExpressions;
using Bluegreen.Infra.Cli;

namespace Bluegreen.Infra.Engines;

/// <summary>The rule every engine applies to a version (image tag) given to deploy.</summary>
internal static partial class ImageTags
{
    public static bool IsValid(string tag) => Pattern().IsMatch(tag);

    /// <summary>Throws <see cref="ExitCodes.InvalidInput"/> with the rule when <paramref name="version"/> breaks it.</summary>
    public static void EnsureValid(string version)
    {
        if (!IsValid(version))
        {
            throw new CommandException(
                ExitCodes.InvalidInput,
                $"'{version}' is not a valid image tag. Use 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-' (e.g. v2 or 1.4.0).");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex Pattern();
}
