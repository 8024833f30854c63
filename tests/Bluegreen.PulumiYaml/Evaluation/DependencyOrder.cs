using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// Orders named nodes so that each comes after what it references (depth-first, in declaration order, like
/// the host's topological sort) and rejects cycles.
/// </summary>
public static class DependencyOrder
{
    public static IReadOnlyList<string> Sort(IReadOnlyList<(string Name, IReadOnlyCollection<string> Dependencies)> nodes, string pathPrefix)
    {
        var byName = nodes.ToDictionary(n => n.Name, n => n.Dependencies);
        var done = new HashSet<string>();
        var visiting = new List<string>();
        var order = new List<string>();

        void Visit(string name)
        {
            if (done.Contains(name))
            {
                return;
            }

            var index = visiting.IndexOf(name);
            if (index >= 0)
            {
                var cycle = string.Join(" -> ", visiting.Skip(index).Append(name));
                throw new PulumiYamlException(pathPrefix + name, SourceSpan.None, $"circular reference: {cycle}");
            }

            visiting.Add(name);
            foreach (var dependency in byName[name].Where(byName.ContainsKey))
            {
                Visit(dependency);
            }

            visiting.RemoveAt(visiting.Count - 1);
            done.Add(name);
            order.Add(name);
        }

        foreach (var node in nodes)
        {
            Visit(node.Name);
        }

        return order;
    }

    /// <summary>The root names an expression references through <c>${...}</c>.</summary>
    public static IReadOnlyCollection<string> References(Expr expr) =>
        ExprChildren.Accesses(expr).Select(a => a.RootName).ToList();
}
