using Bluegreen.Components.BlueGreen;
using Bluegreen.Components.Model;

namespace Bluegreen.Components.Parity;

/// <summary>
/// Proves blue and green are the same environment: every resource, property and option must match once the color's
/// name is written as {color}. The only inputs allowed to differ are a color's identity (its name, image tag and
/// rule-priority slot), which <see cref="Check"/> masks before comparing.
/// </summary>
public static class ColorParity
{
    public const string WholeResource = "(resource)";
    public const string Missing = "(missing)";

    /// <summary>Builds both colors from their arguments with identity inputs masked, then compares them.</summary>
    public static IReadOnlyList<ParityFinding> Check(AppDefinition app, ColorEnvironmentArgs blue, ColorEnvironmentArgs green) =>
        Compare(Snapshot(app, DeploymentColor.Blue, blue), Snapshot(app, DeploymentColor.Green, green));

    /// <summary>Every difference between two colors' resources, by resource key then field path.</summary>
    public static IReadOnlyList<ParityFinding> Compare(ColorSnapshot blue, ColorSnapshot green)
    {
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

            findings.AddRange(CompareFields(name, ResourceFields.Of(blueResource, blue.Color), ResourceFields.Of(greenResource, green.Color)));
        }

        return findings;
    }

    private static ColorSnapshot Snapshot(AppDefinition app, DeploymentColor color, ColorEnvironmentArgs args)
    {
        var masked = args.Map(app, (input, value) => input == ColorEnvironmentInputs.Color || !ColorEnvironmentInputs.Identity.Contains(input)
            ? value
            : Expr.Ref(input));
        return new ColorSnapshot(color, ColorEnvironment.Build(app, masked).Resources);
    }

    private static IEnumerable<ParityFinding> CompareFields(string resource, IReadOnlyDictionary<string, string> blue, IReadOnlyDictionary<string, string> green) =>
        blue.Keys.Union(green.Keys).Order(StringComparer.Ordinal)
            .Select(field => (field, blueValue: blue.GetValueOrDefault(field, Missing), greenValue: green.GetValueOrDefault(field, Missing)))
            .Where(f => f.blueValue != f.greenValue)
            .Select(f => new ParityFinding(resource, f.field, f.blueValue, f.greenValue));

    private static string Presence(Dictionary<string, Resource> resources, string name) =>
        resources.ContainsKey(name) ? "present" : Missing;
}
