using Bluegreen.PulumiYaml.Schemas;

namespace Bluegreen.PulumiYaml.Validation;

public enum ValueKind
{
    /// <summary>Cannot be known without running the program; accepted anywhere.</summary>
    Unknown,
    Null,
    String,
    Integer,
    Number,
    Boolean,
    Array,
    Object,

    /// <summary>A bare resource, as in <c>${bucket}</c>: only resource options take one.</summary>
    Resource,
}

/// <summary>What is known about an expression's value before running it.</summary>
/// <param name="IsLiteral">Written as a literal in the YAML, so a wrong kind is certain.</param>
/// <param name="Spec">The schema spec of the value, when it comes from a resource or function output.</param>
internal sealed record StaticValue(ValueKind Kind, bool IsSecret, bool IsLiteral = false, PropertySpec? Spec = null)
{
    public static StaticValue Unknown(bool secret) => new(ValueKind.Unknown, secret);

    /// <summary>
    /// The host's assignability: numbers and booleans coerce to strings, integers go where numbers do, and a
    /// number that is not written as a literal may be whole. Unknown and null fit anywhere; a bare resource nowhere.
    /// </summary>
    public bool AssignableTo(ValueKind expected) =>
        Kind == expected || Kind is ValueKind.Unknown or ValueKind.Null || expected == ValueKind.Unknown
        || (expected == ValueKind.String && Kind is ValueKind.Integer or ValueKind.Number or ValueKind.Boolean)
        || (expected == ValueKind.Number && Kind == ValueKind.Integer)
        || (expected == ValueKind.Integer && Kind == ValueKind.Number && !IsLiteral);

    public static string Name(ValueKind kind) => kind.ToString().ToLowerInvariant();
}
