using System.Text.RegularExpressions;
using Bluegreen.PulumiYaml.Evaluation;

namespace Bluegreen.Tests.Contracts;

/// <summary>
/// Compares the two colors' child resources after taking out what may differ by name: the color itself and the
/// color's image tag. What is left must be the same resource for resource, input for input.
/// </summary>
internal static partial class ColorParity
{
    /// <summary>"childKey.inputPath" for every normalised difference between blue's and green's children.</summary>
    public static IReadOnlyList<string> Differences(EvaluationResult result, string blueImageTag, string greenImageTag)
    {
        var blue = Children(result, "blue", blueImageTag);
        var green = Children(result, "green", greenImageTag);
        var missing = blue.Keys.Union(green.Keys).Where(k => !blue.ContainsKey(k) || !green.ContainsKey(k)).Select(k => $"{k} (only in one color)");
        var changed = blue.Keys.Intersect(green.Keys).SelectMany(k => ValueDiff.Paths(blue[k], green[k]).Select(p => $"{k}.{p}"));
        return missing.Concat(changed).ToList();
    }

    private static Dictionary<string, PulumiValue> Children(EvaluationResult result, string color, string imageTag)
    {
        var instance = result.Resource(color);
        return result.ChildrenOf(instance).ToDictionary(
            child => $"{child.Type}::{child.Name[(color.Length + 1)..]}",
            child => Normalise(child.Inputs, color, imageTag));
    }

    private static PulumiValue Normalise(PulumiValue value, string color, string imageTag) => value switch
    {
        StringValue s => s with { Value = ColorWord(color).Replace(s.Value.Replace(imageTag, "<imageTag>", StringComparison.Ordinal), "<color>") },
        ListValue list => list with { Items = list.Items.Select(i => Normalise(i, color, imageTag)).ToList() },
        ObjectValue obj => obj with { Entries = obj.Entries.Select(e => KeyValuePair.Create(e.Key, Normalise(e.Value, color, imageTag))).ToList() },
        _ => value,
    };

    /// <summary>The color as a word of its own: "blue" in "shop-dev-web-blue", not in "bluegreen/sample-web".</summary>
    private static Regex ColorWord(string color) => color == "blue" ? Blue() : Green();

    [GeneratedRegex("(?<![A-Za-z])blue(?![A-Za-z])")]
    private static partial Regex Blue();

    [GeneratedRegex("(?<![A-Za-z])green(?![A-Za-z])")]
    private static partial Regex Green();
}
