using Bluegreen.Stacks.Config;

namespace Bluegreen.Engines;

/// <summary>Checks a version (image tag) given to deploy against the config schema's image-tag rule, before anything changes.</summary>
internal static class DeployVersion
{
    public static bool IsValid(string tag) => ConfigSchema.ImageTag.Problem(new TextValue(tag)) is null;

    /// <summary>Throws <see cref="StackError.InvalidInput"/> with the rule when <paramref name="version"/> breaks it.</summary>
    public static void EnsureValid(string version)
    {
        if (ConfigSchema.ImageTag.Problem(new TextValue(version)) is { } rule)
        {
            throw new StackFailureException(StackError.InvalidInput, $"'{version}' is not a valid image tag. It must be {rule}. Nothing was changed.");
        }
    }
}
