using Bluegreen.Components;
using Bluegreen.Stacks.Composition;

namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>
/// Tells from a URN alone which color owns a resource. Each color is one <see cref="BluegreenProject.ColorEnvironmentType"/>
/// instance named "blue" or "green"; its children are named <c>&lt;instance&gt;-&lt;childKey&gt;</c> and carry the
/// component type in their qualified type chain. Everything outside a ColorEnvironment is shared.
/// </summary>
internal static class UrnOwnership
{
    public const string ColorEnvironmentType = BluegreenProject.ColorEnvironmentType;

    public static ResourceOwner OwnerOf(PulumiUrn urn)
    {
        if (urn.Type == ColorEnvironmentType)
        {
            return InstanceColor(urn.Name, urn);
        }

        if (!urn.AncestorTypes.Contains(ColorEnvironmentType))
        {
            return ResourceOwner.Shared;
        }

        var dash = urn.Name.IndexOf('-', StringComparison.Ordinal);
        return InstanceColor(dash > 0 ? urn.Name[..dash] : urn.Name, urn);
    }

    /// <summary>True for the ColorEnvironment component of <paramref name="color"/> itself.</summary>
    public static bool IsColorEnvironment(PulumiUrn urn, DeploymentColor color) =>
        urn.Type == ColorEnvironmentType && urn.Name == color.Name();

    private static ResourceOwner InstanceColor(string instance, PulumiUrn urn) =>
        DeploymentColors.TryParse(instance, out var color)
            ? ResourceOwners.Of(color)
            : throw new PulumiOutputException(
                $"{urn} belongs to a {ColorEnvironmentType} whose instance is '{instance}', not blue or green. "
                + "Regenerate the program: each color must be one ColorEnvironment named blue or green.");
}
