namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>
/// A parsed resource URN: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualifiedType&gt;::&lt;name&gt;</c>.
/// The qualified type chains the ancestors' types with <c>$</c> (the root Stack left out), so a component's child
/// reads <c>bluegreen:index:ColorEnvironment$aws:lb/targetGroup:TargetGroup</c>. The name may itself contain "::".
/// </summary>
internal sealed record PulumiUrn(string Value, string Stack, string Project, IReadOnlyList<string> TypeChain, string Name)
{
    private const string Prefix = "urn:pulumi:";
    private const string Delimiter = "::";

    public const string RootStackType = "pulumi:pulumi:Stack";

    /// <summary>This resource's own type token, e.g. <c>aws:lb/targetGroup:TargetGroup</c>.</summary>
    public string Type => TypeChain[^1];

    /// <summary>The types of the parents, outermost first; empty for a top-level resource.</summary>
    public IReadOnlyList<string> AncestorTypes => TypeChain.Take(TypeChain.Count - 1).ToList();

    public bool IsRootStack => Type == RootStackType;

    public static bool TryParse(string? text, out PulumiUrn urn)
    {
        urn = null!;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = text[Prefix.Length..].Split(Delimiter, 4);
        if (parts.Length != 4 || parts.Any(part => part.Length == 0))
        {
            return false;
        }

        var chain = parts[2].Split('$');
        if (chain.Any(type => type.Length == 0))
        {
            return false;
        }

        urn = new PulumiUrn(text, parts[0], parts[1], chain, parts[3]);
        return true;
    }

    public static PulumiUrn Parse(string text) =>
        TryParse(text, out var urn)
            ? urn
            : throw new PulumiOutputException($"'{text}' is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>).");

    public bool Equals(PulumiUrn? other) => other is not null && Value == other.Value;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;
}
