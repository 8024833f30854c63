using Bluegreen.Components;

namespace Bluegreen.Engines;

/// <summary>Which part of the topology a resource belongs to: one color's environment, or the shared pieces.</summary>
internal enum ResourceOwner
{
    Blue,
    Green,
    Shared,
}

internal static class ResourceOwners
{
    public static ResourceOwner Of(DeploymentColor color) =>
        color == DeploymentColor.Blue ? ResourceOwner.Blue : ResourceOwner.Green;
}
