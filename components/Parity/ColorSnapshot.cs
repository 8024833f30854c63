using Bluegreen.Components.Model;

namespace Bluegreen.Components.Parity;

/// <summary>The resources of one color, keyed as inside the component (no instance prefix).</summary>
public sealed record ColorSnapshot(DeploymentColor Color, IReadOnlyList<Resource> Resources);
