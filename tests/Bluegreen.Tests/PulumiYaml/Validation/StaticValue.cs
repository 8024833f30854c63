using Bluegreen.Tests.PulumiYaml.Schemas;

namespace Bluegreen.Tests.PulumiYaml.Validation;

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

    public static string Name(ValueKind kind) => kind.ToString().ToLowerInvariant();
}
