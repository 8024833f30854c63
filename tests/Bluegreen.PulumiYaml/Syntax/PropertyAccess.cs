using System.Text;

namespace Bluegreen.PulumiYaml.Syntax;

/// <summary>One step of a property access: <c>.name</c>, <c>["key"]</c> or <c>[0]</c>.</summary>
public abstract record PropertyAccessor;

public sealed record PropertyName(string Name) : PropertyAccessor;

public sealed record PropertyKey(string Key) : PropertyAccessor;

public sealed record PropertyIndex(int Index) : PropertyAccessor;

/// <summary>The inside of <c>${...}</c>: a root name followed by literal accessors (pulumi-yaml <c>ast/property.go</c>).</summary>
public sealed record PropertyAccess(IReadOnlyList<PropertyAccessor> Accessors)
{
    /// <summary>The root name: <c>res</c> in <c>res.arn</c>, <c>aws:region</c> in <c>${aws:region}</c>.</summary>
    public string RootName => Accessors[0] switch
    {
        PropertyName name => name.Name,
        PropertyKey key => key.Key,
        _ => throw new InvalidOperationException("A property access starts with a name."),
    };

    public IReadOnlyList<PropertyAccessor> Tail => Accessors.Skip(1).ToList();

    public override string ToString() => Format(Accessors);

    public static string Format(IEnumerable<PropertyAccessor> accessors)
    {
        var text = new StringBuilder();
        foreach (var accessor in accessors)
        {
            switch (accessor)
            {
                case PropertyName name:
                    if (text.Length > 0)
                    {
                        text.Append('.');
                    }

                    text.Append(name.Name);
                    break;
                case PropertyKey key:
                    text.Append("[\"").Append(key.Key.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
                    break;
                case PropertyIndex index:
                    text.Append('[').Append(index.Index).Append(']');
                    break;
            }
        }

        return text.ToString();
    }
}
