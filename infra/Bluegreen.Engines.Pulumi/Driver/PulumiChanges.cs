
namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>Engine-neutral change lines from Pulumi steps.</summary>
internal static class PulumiChanges
{
    /// <summary>Every step that changes something, root Stack left out, in the order Pulumi printed them.</summary>
    public static IReadOnlyList<ResourceChange> From(PulumiOperationOutput output) =>
        output.Changes.Select(step => new ResourceChange(
                UrnOwnership.OwnerOf(step.Urn),
                step.Urn.Name,
                step.Urn.Type,
                step.Op,
                ChangedFields(step),
                TrafficResources.Carries(step.Urn.Type)))
            .ToList();

    /// <summary>The detailed diff's paths, else the top-level keys that changed, sorted.</summary>
    public static IReadOnlyList<string> ChangedFields(PulumiStep step) =>
        (step.DetailedDiff.Count > 0 ? step.DetailedDiff.Keys : step.DiffReasons)
            .Order(StringComparer.Ordinal)
            .ToList();
}
