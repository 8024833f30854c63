namespace Bluegreen.Components.Model;

/// <summary>
/// A value in a Pulumi YAML program: a literal, a <c>${...}</c> reference, an interpolated string or a built-in
/// function call. Trees are immutable and compare by value, so two builds of the same program are equal.
/// </summary>
public abstract record Expr
{
    public static implicit operator Expr(string value) => new StringLiteral(value);

    public static implicit operator Expr(int value) => new IntegerLiteral(value);

    public static implicit operator Expr(bool value) => new BooleanLiteral(value);

    /// <summary><c>${path}</c>: a config key, variable, resource, resource output or component input.</summary>
    public static Reference Ref(string path) => new(path);

    public static ListExpr List(params IEnumerable<Expr> items) => new([.. items]);

    public static ObjectExpr Map(params IEnumerable<Entry> entries) => new([.. entries]);

    public static ObjectExpr Map(params (string Key, Expr Value)[] entries) =>
        new([.. entries.Select(e => new Entry(e.Key, e.Value))]);

    /// <summary>An interpolated string: <c>Expr.Format($"{prefix}-web-{color}")</c> keeps the holes as references.</summary>
    public static Expr Format(InterpolationBuilder builder) => builder.Build();
}

public sealed record StringLiteral(string Value) : Expr;

public sealed record IntegerLiteral(int Value) : Expr;

public sealed record BooleanLiteral(bool Value) : Expr;

/// <summary><c>${Path}</c>. A string that is exactly one reference keeps the referenced value's type.</summary>
public sealed record Reference : Expr
{
    public Reference(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
    }

    public string Path { get; }

    /// <summary>The name before the first <c>.</c> or <c>[</c>: the resource, variable, config key or input.</summary>
    public string Root => Path[..RootLength()];

    public Reference Property(string name) => new($"{Path}.{name}");

    private int RootLength()
    {
        var end = Path.IndexOfAny(['.', '[']);
        return end < 0 ? Path.Length : end;
    }
}
