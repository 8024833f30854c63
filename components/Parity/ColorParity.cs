using Bluegreen.Components.BlueGreen;

namespace Bluegreen.Components.Parity;

/// <summary>
/// Proves blue and green are the same environment: every resource, property and option must match once the color's
/// name is written as {color}. Fields computed from the rest of a color's identity (its image tag and rule-priority
/// slot) may differ; the component's own definition says which fields those are.
/// </summary>
public static class ColorParity
{
    public const string WholeResource = "(resource)";
    public const string Missing = "(missing)";

    /// <summary>Builds both colors from their arguments and compares them.</summary>
    public static IReadOnlyList<ParityFinding> Check(AppDefinition app, ColorEnvironmentArgs blue, ColorEnvironmentArgs green) => Compare(
        app,
        new ColorSnapshot(DeploymentColor.Blue, ColorEnvironment.Build(app, blue).Resources),
        new ColorSnapshot(DeploymentColor.Green, ColorEnvironment.Build(app, green).Resources));

    /// <summary>Every difference between two colors' resources beyond their identity, by resource key then field path.</summary>
    public static IReadOnlyList<ParityFinding> Compare(AppDefinition app, ColorSnapshot blue, ColorSnapshot green)
    {
        var allowed = IdentityFields(app);
        var blueResources = blue.Resources.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var greenResources = green.Resources.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var findings = new List<ParityFinding>();
        foreach (var name in blueResources.Keys.Union(greenResources.Keys).Order(StringComparer.Ordinal))
        {
            if (!blueResources.TryGetValue(name, out var blueResource) || !greenResources.TryGetValue(name, out var greenResource))
            {
                findings.Add(new ParityFinding(name, WholeResource, Presence(blueResources, name), Presence(greenResources, name)));
                continue;
            }

            var blueFields = ResourceFields.Of(blueResource, blue.Color);
            var greenFields = ResourceFields.Of(greenResource, green.Color);
            findings.AddRange(blueFields.Keys.Union(greenFields.Keys).Order(StringComparer.Ordinal)
                .Where(field => !allowed.Contains((name, field)))
                .Select(field => new ParityFinding(name, field, blueFields.GetValueOrDefault(field, Missing), greenFields.GetValueOrDefault(field, Missing)))
                .Where(finding => finding.Blue != finding.Green));
        }

        return findings;
    }

    /// <summary>
    /// (resource, field) pairs whose value the component computes from an identity input other than the color's name,
    /// e.g. the container image (image tag) and the header rules' priority (priority slot).
    /// </summary>
    public static IReadOnlySet<(string Resource, string Field)> IdentityFields(AppDefinition app)
    {
        var holes = ColorEnvironmentInputs.Identity
            .Where(input => input != ColorEnvironmentInputs.Color)
            .Select(input => "${" + input + "}")
            .ToList();
        return ColorEnvironment.Define(app).Resources
            .SelectMany(resource => ResourceFields.Of(resource, DeploymentColor.Blue)
                .Where(field => holes.Any(hole => field.Value.Contains(hole, StringComparison.Ordinal)))
                .Select(field => (resource.Name, field.Key)))
            .ToHashSet();
    }

    private static string Presence(Dictionary<string, Model.Resource> resources, string name) =>
        resources.ContainsKey(name) ? "present" : Missing;
}
