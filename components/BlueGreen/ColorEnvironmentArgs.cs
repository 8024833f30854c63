using Bluegreen.Components.Model;

namespace Bluegreen.Components.BlueGreen;

/// <summary>
/// One value per ColorEnvironment input. Inside the component definition every value is a reference to its input;
/// in the program they are the expressions passed to the <c>blue</c> and <c>green</c> instances; for parity they are
/// concrete values from a stack's settings.
/// </summary>
public sealed class ColorEnvironmentArgs
{
    private readonly IReadOnlyDictionary<string, Expr> _values;

    public ColorEnvironmentArgs(AppDefinition app, IReadOnlyDictionary<string, Expr> values)
    {
        Declarations = ColorEnvironmentInputs.Declare(app);
        var declared = Declarations.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var missing = Declarations.Select(d => d.Name).Where(name => !values.ContainsKey(name)).ToList();
        var unknown = values.Keys.Where(key => !declared.Contains(key)).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new ArgumentException(
                $"ColorEnvironment arguments must match its inputs. Missing: [{string.Join(", ", missing)}]; unknown: [{string.Join(", ", unknown)}].",
                nameof(values));
        }

        _values = values;
    }

    public IReadOnlyList<ValueDeclaration> Declarations { get; }

    public Expr this[string input] => _values[input];

    /// <summary>The arguments a component body sees: each input as <c>${input}</c>.</summary>
    public static ColorEnvironmentArgs FromInputReferences(AppDefinition app) =>
        new(app, ColorEnvironmentInputs.Declare(app).ToDictionary(d => d.Name, d => (Expr)d.Ref));

    /// <summary>The same arguments with every value passed through <paramref name="map"/> (input name, value).</summary>
    public ColorEnvironmentArgs Map(AppDefinition app, Func<string, Expr, Expr> map) =>
        new(app, _values.ToDictionary(pair => pair.Key, pair => map(pair.Key, pair.Value)));

    /// <summary>The instance's <c>properties:</c>, in input declaration order.</summary>
    public ObjectExpr ToProperties() => Expr.Map(Declarations.Select(d => new Entry(d.Name, _values[d.Name])));
}
