using Bluegreen.Tests.PulumiYaml.Syntax;

namespace Bluegreen.Tests.PulumiYaml.Evaluation;

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
    public static IReadOnlyCollection<string> References(Expr expr)
    {
        var names = new List<string>();
        Collect(expr, names);
        return names;
    }

    private static void Collect(Expr expr, List<string> names)
    {
        switch (expr)
        {
            case SymbolExpr symbol:
                names.Add(symbol.Access.RootName);
                break;
            case InterpolateExpr interpolate:
                names.AddRange(interpolate.Parts.Where(p => p.Access is not null).Select(p => p.Access!.RootName));
                break;
            case ListExpr list:
                list.Items.ToList().ForEach(i => Collect(i, names));
                break;
            case ObjectExpr obj:
                obj.Entries.ToList().ForEach(e => Collect(e.Value, names));
                break;
            case SelectExpr select:
                Collect(select.Index, names);
                Collect(select.Values, names);
                break;
            case SplitExpr split:
                Collect(split.Delimiter, names);
                Collect(split.Source, names);
                break;
            case JoinExpr join:
                Collect(join.Delimiter, names);
                Collect(join.Values, names);
                break;
            case SecretExpr secret:
                Collect(secret.Value, names);
                break;
            case ToJsonExpr toJson:
                Collect(toJson.Value, names);
                break;
            case InvokeExpr { Arguments: { } arguments }:
                Collect(arguments, names);
                break;
        }
    }
}
