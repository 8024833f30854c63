using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.Tests.Synth;

/// <summary>
/// Reads a rendered Pulumi.yaml as plain YAML, independent of the generator's model: which roots (<c>${root...}</c>)
/// each resource reaches through its properties and options, following program variables transitively.
/// </summary>
internal static partial class RenderedReferences
{
    /// <summary>Resource key to every root it reads, directly or through variables (variables themselves not listed).</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> ReachedByResources(string programYaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(programYaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var variables = Section(root, "variables").ToDictionary(e => e.Key, e => Roots(e.Value));
        return Section(root, "resources").ToDictionary(e => e.Key, e => (IReadOnlySet<string>)Reach(Roots(e.Value), variables));
    }

    private static IEnumerable<KeyValuePair<string, YamlNode>> Section(YamlMappingNode root, string name) =>
        root.Children.TryGetValue(new YamlScalarNode(name), out var section)
            ? ((YamlMappingNode)section).Children.Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value!, e.Value))
            : [];

    private static HashSet<string> Reach(HashSet<string> direct, Dictionary<string, HashSet<string>> variables)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(direct);
        while (queue.TryDequeue(out var name))
        {
            if (variables.TryGetValue(name, out var through))
            {
                through.Where(r => !reached.Contains(r)).ToList().ForEach(queue.Enqueue);
            }
            else
            {
                reached.Add(name);
            }
        }

        return reached;
    }

    private static HashSet<string> Roots(YamlNode node) =>
        node.AllNodes.OfType<YamlScalarNode>()
            .SelectMany(scalar => Reference().Matches(scalar.Value ?? "").Select(m => m.Groups["root"].Value))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary><c>${root</c> not escaped as <c>$${</c>; the root ends at the first '.', '[' or '}'.</summary>
    [GeneratedRegex(@"(?<!\$)\$\{(?<root>[^.\[}]+)")]
    private static partial Regex Reference();
}
