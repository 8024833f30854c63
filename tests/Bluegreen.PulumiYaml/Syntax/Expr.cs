namespace Bluegreen.PulumiYaml.Syntax;

/// <summary>A parsed Pulumi YAML expression. Only the subset the generator emits has a node type.</summary>
public abstract record Expr(SourceSpan Span);

public sealed record NullExpr(SourceSpan Span) : Expr(Span);

public sealed record BooleanExpr(SourceSpan Span, bool Value) : Expr(Span);

/// <summary>A number literal. Pulumi YAML keeps every number as a float64.</summary>
public sealed record NumberExpr(SourceSpan Span, double Value) : Expr(Span);

public sealed record StringExpr(SourceSpan Span, string Value) : Expr(Span);

/// <summary>A string with text around one or more <c>${...}</c>; always evaluates to a string.</summary>
public sealed record InterpolateExpr(SourceSpan Span, IReadOnlyList<InterpolationPart> Parts) : Expr(Span);

/// <summary>A string that is exactly one <c>${...}</c>: the value keeps its type.</summary>
public sealed record SymbolExpr(SourceSpan Span, PropertyAccess Access) : Expr(Span);

public sealed record ListExpr(SourceSpan Span, IReadOnlyList<Expr> Items) : Expr(Span);

public sealed record ObjectEntry(string Key, Expr Value);

public sealed record ObjectExpr(SourceSpan Span, IReadOnlyList<ObjectEntry> Entries) : Expr(Span)
{
    public Expr? Get(string key) => Entries.FirstOrDefault(e => e.Key == key)?.Value;

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/> (replaced in place, or appended).</summary>
    public ObjectExpr With(string key, Expr value)
    {
        var entries = Entries.Select(e => e.Key == key ? e with { Value = value } : e).ToList();
        if (entries.All(e => e.Key != key))
        {
            entries.Add(new ObjectEntry(key, value));
        }

        return this with { Entries = entries };
    }
}

/// <summary><c>fn::select: [index, list]</c>.</summary>
public sealed record SelectExpr(SourceSpan Span, Expr Index, Expr Values) : Expr(Span);

/// <summary><c>fn::split: [delimiter, string]</c>.</summary>
public sealed record SplitExpr(SourceSpan Span, Expr Delimiter, Expr Source) : Expr(Span);

/// <summary><c>fn::join: [delimiter, list]</c>.</summary>
public sealed record JoinExpr(SourceSpan Span, Expr Delimiter, Expr Values) : Expr(Span);

public sealed record SecretExpr(SourceSpan Span, Expr Value) : Expr(Span);

public sealed record ToJsonExpr(SourceSpan Span, Expr Value) : Expr(Span);

/// <summary><c>fn::invoke: {function, arguments, return}</c>.</summary>
public sealed record InvokeExpr(SourceSpan Span, string Function, ObjectExpr? Arguments, string? Return) : Expr(Span)
{
    /// <summary><c>options:</c> (pulumi-yaml <c>InvokeOptionsDecl</c>): dependsOn, parent, provider, version, pluginDownloadURL.</summary>
    public IReadOnlyList<ObjectEntry> Options { get; init; } = [];
}
