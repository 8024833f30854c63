using Bluegreen.Components;

namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>The parts of <c>pulumi stack export</c> (<c>deployment.resources</c>, <c>deployment.pending_operations</c>) the drill needs.</summary>
internal sealed record PulumiStackExport(IReadOnlyList<ExportedResource> Resources, IReadOnlyList<ExportedResource> PendingOperations)
{
    public static PulumiStackExport Parse(string json)
    {
        var deployment = JsonFields.ParseDocument(json, "pulumi stack export").ObjectField("deployment")
            ?? throw new PulumiOutputException("pulumi stack export printed no \"deployment\" object.");
        var resources = deployment.ArrayField("resources").Select(resource => Resource(resource)).ToList();
        var pending = deployment.ArrayField("pending_operations")
            .Select(operation => Resource(operation.ObjectField("resource") ?? default, operation.StringField("type")))
            .ToList();
        return new PulumiStackExport(resources, pending);
    }

    /// <summary>The ColorEnvironment component of one color, when the state holds it.</summary>
    public ExportedResource? ColorEnvironment(DeploymentColor color) =>
        Resources.FirstOrDefault(resource => UrnOwnership.IsColorEnvironment(resource.Urn, color));

    /// <summary>Every resource inside one color's ColorEnvironment, without the component itself, in state order.</summary>
    public IReadOnlyList<ExportedResource> ChildrenOf(DeploymentColor color) =>
        Resources
            .Where(resource => resource.Urn.AncestorTypes.Contains(UrnOwnership.ColorEnvironmentType))
            .Where(resource => UrnOwnership.OwnerOf(resource.Urn) == ResourceOwners.Of(color))
            .ToList();

    private static ExportedResource Resource(System.Text.Json.JsonElement resource, string? operation = null)
    {
        var urn = PulumiUrn.Parse(resource.StringField("urn") ?? "");
        return new ExportedResource(urn, resource.StringField("type") ?? urn.Type, resource.StringField("parent"), operation);
    }
}

/// <param name="Operation">For a pending operation: what was in flight (creating, updating, deleting, reading).</param>
internal sealed record ExportedResource(PulumiUrn Urn, string Type, string? Parent, string? Operation = null);
