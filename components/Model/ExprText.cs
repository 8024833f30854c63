using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bluegreen.Components.Model;

/// <summary>A compact one-line text of an expression, for reports and comparisons (not YAML).</summary>
public static class ExprText
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(Expr expr) => Append(new StringBuilder(), expr).ToString();

    private static StringBuilder Append(StringBuilder text, Expr expr) => expr switch
    {
        StringLiteral literal => text.Append(JsonSerializer.Serialize(literal.Value, Quoting)),
        IntegerLiteral number => text.Append(number.Value),
        BooleanLiteral flag => text.Append(flag.Value ? "true" : "false"),
        Reference reference => text.Append("${").Append(reference.Path).Append('}'),
        Interpolation interpolation => text.Append('"').AppendJoin("", interpolation.Parts.Select(TemplatePart)).Append('"'),
        ListExpr list => AppendAll(text.Append('['), list.Items).Append(']'),
        ObjectExpr map => AppendEntries(text.Append('{'), map).Append('}'),
        InvokeCall call => AppendEntries(text.Append("fn::invoke(").Append(call.Function).Append(", {"), call.Inputs)
            .Append('}').Append(call.Return is null ? "" : $", {call.Return}").Append(')'),
        FunctionCall call => AppendAll(text.Append("fn::").Append(call.Name).Append('('), call.Arguments).Append(')'),
        _ => throw new ArgumentException($"Unknown expression {expr.GetType().Name}.", nameof(expr)),
    };

    private static string TemplatePart(Expr part) => part is Reference reference
        ? "${" + reference.Path + "}"
        : ((StringLiteral)part).Value;

    private static StringBuilder AppendAll(StringBuilder text, IEnumerable<Expr> items)
    {
        var first = true;
        foreach (var item in items)
        {
            Append(first ? text : text.Append(", "), item);
            first = false;
        }

        return text;
    }

    private static StringBuilder AppendEntries(StringBuilder text, ObjectExpr map)
    {
        var first = true;
        foreach (var entry in map.Entries)
        {
            Append((first ? text : text.Append(", ")).Append(entry.Key).Append(": "), entry.Value);
            first = false;
        }

        return text;
    }
}
