using System.Text;
using Bluegreen.Components.Model;

namespace Bluegreen.Synth;

/// <summary>Writes expressions in Pulumi YAML syntax: references and interpolations as <c>${...}</c> strings, functions as <c>fn::</c> maps.</summary>
internal static class ExprYaml
{
    public static void Write(YamlEventWriter yaml, Expr expr)
    {
        switch (expr)
        {
            case StringLiteral literal:
                yaml.Text(Escape(literal.Value));
                break;
            case IntegerLiteral number:
                yaml.Integer(number.Value);
                break;
            case BooleanLiteral flag:
                yaml.Boolean(flag.Value);
                break;
            case Reference reference:
                yaml.Text(Hole(reference));
                break;
            case Interpolation interpolation:
                yaml.Text(Template(interpolation));
                break;
            case ListExpr list:
                WriteList(yaml, list.Items);
                break;
            case ObjectExpr map:
                WriteMap(yaml, map);
                break;
            case FunctionCall call:
                WriteCall(yaml, call);
                break;
            default:
                throw new ArgumentException($"No YAML form for {expr.GetType().Name}.", nameof(expr));
        }
    }

    public static void WriteMap(YamlEventWriter yaml, ObjectExpr map)
    {
        yaml.BeginMap(empty: map.Entries.Count == 0);
        foreach (var entry in map.Entries)
        {
            yaml.Key(entry.Key);
            Write(yaml, entry.Value);
        }

        yaml.EndMap();
    }

    public static void WriteList(YamlEventWriter yaml, IReadOnlyList<Expr> items)
    {
        yaml.BeginList(empty: items.Count == 0);
        foreach (var item in items)
        {
            Write(yaml, item);
        }

        yaml.EndList();
    }

    /// <summary>Literal text inside a Pulumi string: "${" would start a reference, "$${" writes it literally.</summary>
    private static string Escape(string text) => text.Replace("${", "$${", StringComparison.Ordinal);

    private static string Hole(Reference reference) => "${" + reference.Path + "}";

    private static string Template(Interpolation interpolation)
    {
        var text = new StringBuilder();
        foreach (var part in interpolation.Parts)
        {
            text.Append(part is Reference reference ? Hole(reference) : Escape(((StringLiteral)part).Value));
        }

        return text.ToString();
    }

    private static void WriteCall(YamlEventWriter yaml, FunctionCall call)
    {
        yaml.BeginMap();
        yaml.Key("fn::" + call.Name);
        if (call is InvokeCall invoke)
        {
            WriteInvoke(yaml, invoke);
        }
        else if (call.WritesArgumentList)
        {
            WriteList(yaml, call.Arguments);
        }
        else
        {
            Write(yaml, call.Arguments[0]);
        }

        yaml.EndMap();
    }

    private static void WriteInvoke(YamlEventWriter yaml, InvokeCall invoke)
    {
        yaml.BeginMap();
        yaml.Entry("function", invoke.Function);
        yaml.Key("arguments");
        WriteMap(yaml, invoke.Inputs);
        if (invoke.Return is not null)
        {
            yaml.Entry("return", invoke.Return);
        }

        yaml.EndMap();
    }
}
