namespace Bluegreen.PulumiYaml.Syntax;

/// <summary>The direct sub-expressions of an expression, each with its error path.</summary>
public static class ExprChildren
{
    public static IEnumerable<(Expr Child, string Path)> Of(Expr expr, string path) => expr switch
    {
        ListExpr list => list.Items.Select((item, i) => (item, PathText.Index(path, i))),
        ObjectExpr obj => obj.Entries.Select(e => (e.Value, PathText.Property(path, e.Key))),
        SelectExpr select => Pair(path + ".fn::select", select.Index, select.Values),
        SplitExpr split => Pair(path + ".fn::split", split.Delimiter, split.Source),
        JoinExpr join => Pair(path + ".fn::join", join.Delimiter, join.Values),
        SecretExpr secret => [(secret.Value, path + ".fn::secret")],
        ToJsonExpr toJson => [(toJson.Value, path + ".fn::toJSON")],
        InvokeExpr { Arguments: { } arguments } => [(arguments, path + ".fn::invoke.arguments")],
        _ => [],
    };

    /// <summary>Every property access inside an expression, nested ones included.</summary>
    public static IEnumerable<PropertyAccess> Accesses(Expr expr)
    {
        var own = expr switch
        {
            SymbolExpr symbol => [symbol.Access],
            InterpolateExpr interpolate => interpolate.Parts.Where(p => p.Access is not null).Select(p => p.Access!),
            _ => [],
        };
        return own.Concat(Of(expr, "").SelectMany(c => Accesses(c.Child)));
    }

    private static IEnumerable<(Expr, string)> Pair(string path, Expr first, Expr second) =>
        [(first, PathText.Index(path, 0)), (second, PathText.Index(path, 1))];
}
