using Bluegreen.Components.Model;

namespace Bluegreen.Tests.Stacks;

/// <summary>Who refers to whom in a program: variables, resources and outputs by the roots of their references.</summary>
internal sealed class ReferenceGraph
{
    private readonly Dictionary<string, HashSet<string>> _edges = new(StringComparer.Ordinal);
    private readonly HashSet<string> _variables;

    public ReferenceGraph(PulumiProgram program)
    {
        _variables = [.. program.Variables.Select(v => v.Name)];
        foreach (var variable in program.Variables)
        {
            _edges[variable.Name] = Roots(variable.Value);
        }

        foreach (var resource in program.Resources)
        {
            _edges[resource.Name] = [.. Roots(resource.Properties), .. resource.Options.DependsOn];
        }
    }

    public IReadOnlyCollection<string> Nodes => _edges.Keys;

    public static HashSet<string> Roots(Expr expr)
    {
        var roots = new HashSet<string>(StringComparer.Ordinal);
        ExprRewriter.Rewrite(expr, node =>
        {
            if (node is Reference reference)
            {
                roots.Add(reference.Root);
            }

            return null;
        });
        return roots;
    }

    /// <summary>Everything that refers to <paramref name="name"/> directly or through other variables and resources.</summary>
    public IReadOnlySet<string> DependentsOf(string name)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([name]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var (node, targets) in _edges)
            {
                if (targets.Contains(current) && found.Add(node))
                {
                    queue.Enqueue(node);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Variables and resources whose inputs take <paramref name="name"/>'s value, directly or through variables. A
    /// resource that reads another resource's output is not counted: that output's value does not follow the config.
    /// </summary>
    public IReadOnlySet<string> ValueReadersOf(string name)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([name]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var (node, targets) in _edges)
            {
                if (targets.Contains(current) && found.Add(node) && _variables.Contains(node))
                {
                    queue.Enqueue(node);
                }
            }
        }

        return found;
    }

    /// <summary>A node that depends on itself, or null when the graph has no cycle.</summary>
    public string? FindCycle() => _edges.Keys.FirstOrDefault(node => DependentsOf(node).Contains(node));
}
