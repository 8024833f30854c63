using System.Collections;
using System.Globalization;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// A value while a program evaluates, with its secret-ness (the host's <c>pulumi.ToSecret</c>). Numbers are
/// doubles, as float64 in the host.
/// </summary>
public abstract record PulumiValue
{
    public bool IsSecret { get; init; }

    /// <summary>The host's name for the kind, as in "index must be a number, not string".</summary>
    public abstract string TypeName { get; }

    /// <summary>True when this value or anything inside it is secret.</summary>
    public virtual bool ContainsSecret => IsSecret;

    public PulumiValue WithSecret(bool secret) => secret && !IsSecret ? this with { IsSecret = true } : this;

    /// <summary>The value without secret wrappers: string, double, bool, null, lists and dictionaries.</summary>
    public abstract object? ToPlain();

    /// <summary>Deterministic JSON-like text (sorted keys, secrets marked) for comparing two evaluations.</summary>
    public string ToCanonicalText() => GoJson.Canonical(this);

    public static PulumiValue FromPlain(object? plain) => plain switch
    {
        null => new NullValue(),
        PulumiValue value => value,
        string text => new StringValue(text),
        bool flag => new BooleanValue(flag),
        int or long or short or byte or uint or ulong or float or double or decimal =>
            new NumberValue(Convert.ToDouble(plain, CultureInfo.InvariantCulture)),
        IEnumerable<KeyValuePair<string, object?>> map => new ObjectValue(map.Select(e => KeyValuePair.Create(e.Key, FromPlain(e.Value))).ToList()),
        IDictionary map => new ObjectValue(map.Keys.Cast<object>().Select(k => KeyValuePair.Create(k.ToString()!, FromPlain(map[k]))).ToList()),
        IEnumerable items => new ListValue(items.Cast<object?>().Select(FromPlain).ToList()),
        _ => throw new ArgumentException($"A {plain.GetType().Name} cannot be a Pulumi value; use strings, numbers, booleans, lists and string-keyed dictionaries.", nameof(plain)),
    };
}

public sealed record StringValue(string Value) : PulumiValue
{
    public override string TypeName => "string";

    public override object? ToPlain() => Value;
}

public sealed record NumberValue(double Value) : PulumiValue
{
    public override string TypeName => "number";

    public override object? ToPlain() => Value;
}

public sealed record BooleanValue(bool Value) : PulumiValue
{
    public override string TypeName => "boolean";

    public override object? ToPlain() => Value;
}

public sealed record NullValue : PulumiValue
{
    public override string TypeName => "null";

    public override object? ToPlain() => null;
}

public sealed record ListValue(IReadOnlyList<PulumiValue> Items) : PulumiValue
{
    public override string TypeName => "list";

    public override bool ContainsSecret => IsSecret || Items.Any(i => i.ContainsSecret);

    public override object? ToPlain() => Items.Select(i => i.ToPlain()).ToList();
}

public sealed record ObjectValue(IReadOnlyList<KeyValuePair<string, PulumiValue>> Entries) : PulumiValue
{
    public override string TypeName => "object";

    public override bool ContainsSecret => IsSecret || Entries.Any(e => e.Value.ContainsSecret);

    public PulumiValue? Get(string key) => Entries.FirstOrDefault(e => e.Key == key).Value;

    public override object? ToPlain() => Entries.ToDictionary(e => e.Key, e => e.Value.ToPlain());
}

/// <summary>A whole resource, as in <c>${bucket}</c>; resource options such as <c>dependsOn</c> take these.</summary>
public sealed record ResourceValue(RegisteredResource Resource) : PulumiValue
{
    public override string TypeName => "resource";

    public override object? ToPlain() => Resource.Urn;
}
