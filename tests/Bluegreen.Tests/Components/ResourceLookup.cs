using Bluegreen.Components.Model;

namespace Bluegreen.Tests.Components;

/// <summary>Finds resources and nested values in built models, failing with the path when something is absent.</summary>
internal static class ResourceLookup
{
    public static Resource Named(this IEnumerable<Resource> resources, string name) =>
        resources.SingleOrDefault(r => r.Name == name) ?? throw new Xunit.Sdk.XunitException($"No resource \"{name}\".");

    /// <summary>The value at a dotted path with [i] list indexes, walking into fn::toJSON documents.</summary>
    public static Expr At(this Expr root, string path)
    {
        var current = root;
        foreach (var step in path.Split('.'))
        {
            var name = step.Contains('[', StringComparison.Ordinal) ? step[..step.IndexOf('[', StringComparison.Ordinal)] : step;
            current = Unwrap(current);
            if (name.Length > 0)
            {
                current = ((ObjectExpr)current)[name] ?? throw new Xunit.Sdk.XunitException($"No \"{name}\" in {ExprText.Of(current)}.");
            }

            foreach (var index in step.Split('[').Skip(1).Select(i => int.Parse(i.TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture)))
            {
                current = ((ListExpr)Unwrap(current)).Items[index];
            }
        }

        return current;
    }

    public static Expr At(this Resource resource, string path) => resource.Properties.At(path);

    public static string Text(this Resource resource, string path) => ExprText.Of(resource.At(path));

    private static Expr Unwrap(Expr expr) => expr is ToJsonCall json ? json.Value : expr;
}
