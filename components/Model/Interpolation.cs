using System.Globalization;
using System.Runtime.CompilerServices;

namespace Bluegreen.Components.Model;

/// <summary>A string built from literal text and references, written as one YAML string with <c>${...}</c> holes.</summary>
public sealed record Interpolation : Expr
{
    private Interpolation(IReadOnlyList<Expr> parts) => Parts = parts;

    /// <summary>Only <see cref="StringLiteral"/> and <see cref="Reference"/> parts, never two literals in a row.</summary>
    public IReadOnlyList<Expr> Parts { get; }

    /// <summary>
    /// Joins parts into the simplest equal expression: nested interpolations are flattened, adjacent literals merged,
    /// all-literal text becomes a <see cref="StringLiteral"/>.
    /// </summary>
    public static Expr Of(IEnumerable<Expr> parts)
    {
        var merged = new List<Expr>();
        foreach (var part in parts.SelectMany(Flatten))
        {
            if (part is StringLiteral text && merged.Count > 0 && merged[^1] is StringLiteral previous)
            {
                merged[^1] = new StringLiteral(previous.Value + text.Value);
            }
            else if (part is not StringLiteral { Value: "" })
            {
                merged.Add(part);
            }
        }

        return merged switch
        {
            [] => new StringLiteral(""),
            [StringLiteral only] => only,
            _ => new Interpolation(merged),
        };
    }

    public bool Equals(Interpolation? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => Parts.Aggregate(Parts.Count, (hash, part) => HashCode.Combine(hash, part));

    private static IEnumerable<Expr> Flatten(Expr part) => part switch
    {
        Interpolation nested => nested.Parts,
        StringLiteral or Reference => [part],
        IntegerLiteral number => [new StringLiteral(number.Value.ToString(CultureInfo.InvariantCulture))],
        BooleanLiteral flag => [new StringLiteral(flag.Value ? "true" : "false")],
        _ => throw new ArgumentException(
            $"Only text and references can be interpolated into a string; got {part.GetType().Name}. Use a variable.",
            nameof(part)),
    };
}

/// <summary>Lets C# interpolated strings build <see cref="Interpolation"/>s: expression holes stay references.</summary>
[InterpolatedStringHandler]
public readonly ref struct InterpolationBuilder
{
    private readonly List<Expr> _parts;

    public InterpolationBuilder(int literalLength, int formattedCount)
    {
        _ = literalLength;
        _parts = new List<Expr>(formattedCount * 2 + 1);
    }

    public void AppendLiteral(string text) => _parts.Add(new StringLiteral(text));

    public void AppendFormatted(Expr value) => _parts.Add(value);

    public void AppendFormatted(string value) => _parts.Add(new StringLiteral(value));

    public void AppendFormatted(int value) => _parts.Add(new IntegerLiteral(value));

    public Expr Build() => Interpolation.Of(_parts);
}
