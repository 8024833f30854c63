namespace Bluegreen.Components.Model;

/// <summary>Rebuilds expression trees with some nodes replaced, e.g. references resolved to values.</summary>
public static class ExprRewriter
{
    /// <summary>
    /// Walks <paramref name="expr"/> top-down. Where <paramref name="replace"/> returns a value, that value takes the
    /// node's place (and is not walked further); elsewhere children are rewritten. Interpolations are re-joined, so
    /// replacing a reference by text folds into the surrounding string.
    /// </summary>
    public static Expr Rewrite(Expr expr, Func<Expr, Expr?> replace)
    {
        if (replace(expr) is { } replaced)
        {
            return replaced;
        }

        return expr switch
        {
            ListExpr list => new ListExpr([.. list.Items.Select(item => Rewrite(item, replace))]),
            ObjectExpr map => Rewrite(map, replace),
            Interpolation text => Interpolation.Of(text.Parts.Select(part => Rewrite(part, replace))),
            FunctionCall call => call.WithArguments([.. call.Arguments.Select(argument => Rewrite(argument, replace))]),
            _ => expr,
        };
    }

    public static ObjectExpr Rewrite(ObjectExpr map, Func<Expr, Expr?> replace) =>
        new([.. map.Entries.Select(entry => entry with { Value = Rewrite(entry.Value, replace) })]);
}
