using System.Globalization;
using Bluegreen.Components.Model;

namespace Bluegreen.Stacks.Config;

/// <summary>A validated setting value of one of the declared types.</summary>
public abstract record ConfigValue
{
    /// <summary>The value as the program would see it, e.g. a default in Pulumi.yaml.</summary>
    public abstract Expr ToExpr();

    /// <summary>How error messages quote the value back to the user.</summary>
    public abstract string Display { get; }
}

public sealed record TextValue(string Value) : ConfigValue
{
    public override Expr ToExpr() => Value;

    public override string Display => Quoted.Shortened(Value);
}

public sealed record IntegerValue(int Value) : ConfigValue
{
    public override Expr ToExpr() => Value;

    public override string Display => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed record BooleanValue(bool Value) : ConfigValue
{
    public override Expr ToExpr() => Value;

    public override string Display => Value ? "true" : "false";
}

public sealed record TextListValue(IReadOnlyList<string> Values) : ConfigValue
{
    public override Expr ToExpr() => Expr.List(Values.Select(v => (Expr)v));

    public override string Display => $"[{string.Join(", ", Values.Select(Quoted.Shortened))}]";

    public bool Equals(TextListValue? other) => other is not null && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => Values.Count;
}
