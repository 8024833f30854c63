using Bluegreen.PulumiYaml.Host;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bluegreen.PulumiYaml.Syntax;

/// <summary>
/// Turns YAML nodes into <see cref="Expr"/> trees like pulumi-yaml's <c>ast.ParseExpr</c>: strings are
/// interpolation templates, an object with one <c>fn::</c> key is a call (<c>tryParseFunction</c>, names matched
/// ignoring case with a casing warning). Anything outside the supported subset is rejected with the node's path;
/// what the host would only warn about goes to the optional <see cref="FindingSink"/>.
/// </summary>
public sealed class ExprParser(string file, string text, FindingSink? sink = null)
{
    private static readonly string[] SupportedBuiltins = ["fn::select", "fn::split", "fn::join", "fn::secret", "fn::toJSON", "fn::invoke"];

    private static readonly HashSet<string> UnsupportedBuiltins = new(StringComparer.OrdinalIgnoreCase)
    {
        "fn::toBase64", "fn::fromBase64", "fn::readFile", "fn::stringAsset", "fn::fileAsset", "fn::remoteAsset",
        "fn::fileArchive", "fn::remoteArchive", "fn::assetArchive", "fn::stackReference", "fn::length",
        "fn::singleOrNone", "fn::sha1", "fn::filebase64", "fn::filebase64sha256", "fn::pulumiResourceName",
        "fn::pulumiResourceType", "fn::unsecret",
    };

    public string File { get; } = file;

    public SourceSpan SpanOf(YamlNode node)
    {
        var start = (int)node.Start.Index;
        var end = Math.Min(EndOf(node), text.Length);
        var source = end > start ? text[start..end].TrimEnd() : "";
        return new SourceSpan(File, (int)node.Start.Line, (int)node.Start.Column, source);
    }

    /// <summary>YamlDotNet gives collections an end equal to their start; take the last child's end (and a flow closer).</summary>
    private int EndOf(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => Close(
            sequence.Children.Count > 0 ? EndOf(sequence.Children[^1]) : (int)sequence.Start.Index,
            sequence.Style == YamlDotNet.Core.Events.SequenceStyle.Flow ? ']' : null),
        YamlMappingNode mapping => Close(
            mapping.Children.Count > 0 ? EndOf(mapping.Children[^1].Value) : (int)mapping.Start.Index,
            mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow ? '}' : null),
        _ => (int)node.End.Index,
    };

    private int Close(int end, char? closer)
    {
        if (closer is null)
        {
            return end;
        }

        var index = text.IndexOf(closer.Value, Math.Min(end, text.Length));
        return index < 0 ? end : index + 1;
    }

    public Expr Parse(YamlNode node, string path) => node switch
    {
        YamlScalarNode scalar => ParseScalar(scalar, path),
        YamlSequenceNode sequence => new ListExpr(
            SpanOf(sequence),
            sequence.Children.Select((item, i) => Parse(item, PathText.Index(path, i))).ToList()),
        YamlMappingNode mapping => ParseMapping(mapping, path),
        _ => throw Error(path, node, $"unsupported YAML node {node.NodeType}"),
    };

    public PulumiYamlException Error(string path, YamlNode node, string reason) => new(path, SpanOf(node), reason);

    public static string KeyOf(YamlNode key, ExprParser parser, string path) =>
        key is YamlScalarNode { Value: { } value } ? value : throw parser.Error(path, key, "object keys must be plain strings");

    private Expr ParseScalar(YamlScalarNode scalar, string path)
    {
        var span = SpanOf(scalar);
        var value = scalar.Value ?? "";
        if (scalar.Style == ScalarStyle.Plain)
        {
            switch (YamlScalars.Resolve(value))
            {
                case null:
                    return new NullExpr(span);
                case bool flag:
                    return new BooleanExpr(span, flag);
                case double number:
                    return new NumberExpr(span, number);
            }
        }

        IReadOnlyList<InterpolationPart> parts;
        try
        {
            parts = InterpolationParser.Parse(value);
        }
        catch (FormatException e)
        {
            throw new PulumiYamlException(path, span, e.Message);
        }

        if (parts.All(p => p.Access is null))
        {
            return new StringExpr(span, string.Concat(parts.Select(p => p.Text)));
        }

        return parts is [{ Text: "", Access: { } access }]
            ? new SymbolExpr(span, access)
            : new InterpolateExpr(span, parts);
    }

    private Expr ParseMapping(YamlMappingNode mapping, string path)
    {
        var entries = new List<ObjectEntry>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = KeyOf(keyNode, this, path);
            if (key.StartsWith("fn::", StringComparison.OrdinalIgnoreCase))
            {
                if (mapping.Children.Count != 1)
                {
                    throw Error(path, mapping, $"'{key}' must be the only key of its object; beside other keys the host reads it as a plain property ({HostSources.TryParseFunction})");
                }

                return ParseFunction(key, valueNode, mapping, PathText.Property(path, key));
            }

            if (key.Contains("${", StringComparison.Ordinal))
            {
                throw Error(path, keyNode, $"interpolated object key '{key}' is not supported");
            }

            entries.Add(new ObjectEntry(key, Parse(valueNode, PathText.Property(path, key))));
        }

        return new ObjectExpr(SpanOf(mapping), entries);
    }

    private Expr ParseFunction(string written, YamlNode argument, YamlMappingNode call, string path)
    {
        var span = SpanOf(call);
        var name = SupportedBuiltins.FirstOrDefault(b => string.Equals(b, written, StringComparison.OrdinalIgnoreCase)) ?? written;
        if (name != written)
        {
            Finding(path, $"'{written}' looks like a miscapitalization of '{name}'", HostSources.UnexpectedCasing);
        }

        switch (name)
        {
            case "fn::select":
                var (index, values) = Pair(argument, path, "the argument to fn::select must be a two-valued list");
                return new SelectExpr(span, index, values);
            case "fn::split":
                var (delimiter, source) = Pair(argument, path, "The argument to fn::split must be a two-values list");
                return new SplitExpr(span, delimiter, source);
            case "fn::join":
                var (separator, items) = Pair(argument, path, "the argument to fn::join must be a two-valued list");
                return new JoinExpr(span, separator, items);
            case "fn::secret":
                return new SecretExpr(span, Parse(argument, path));
            case "fn::toJSON":
                return new ToJsonExpr(span, Parse(argument, path));
            case "fn::invoke":
                return ParseInvoke(argument, span, path);
            default:
                var reason = UnsupportedBuiltins.Contains(name)
                    ? $"{name} is a Pulumi YAML built-in outside the subset this tooling evaluates"
                    : $"unknown function {name}";
                throw Error(path, call, reason);
        }
    }

    /// <summary>The two-element argument of fn::select, fn::split and fn::join (<c>parseSelect</c>, <c>parseSplit</c>, <c>parseJoin</c>).</summary>
    private (Expr First, Expr Second) Pair(YamlNode argument, string path, string hostMessage)
    {
        if (argument is not YamlSequenceNode { Children.Count: 2 } sequence)
        {
            throw Error(path, argument, hostMessage);
        }

        return (Parse(sequence.Children[0], PathText.Index(path, 0)), Parse(sequence.Children[1], PathText.Index(path, 1)));
    }

    /// <summary><c>parseInvoke</c>: keys matched ignoring case; other keys are ignored by the host (a finding here).</summary>
    private InvokeExpr ParseInvoke(YamlNode argument, SourceSpan span, string path)
    {
        if (argument is not YamlMappingNode mapping)
        {
            throw Error(path, argument, "the argument to fn::invoke must be an object containing 'function', 'arguments', 'options', and 'return'");
        }

        string? function = null;
        ObjectExpr? arguments = null;
        string? returned = null;
        var options = new List<ObjectEntry>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var written = KeyOf(keyNode, this, path);
            var key = written.ToLowerInvariant();
            var keyPath = PathText.Property(path, key);
            if (key is "function" or "arguments" or "options" or "return" && written != key)
            {
                Finding(keyPath, $"'{written}' looks like a miscapitalization of '{key}'", HostSources.UnexpectedCasing);
            }

            switch (key)
            {
                case "function":
                    function = Literal(valueNode, keyPath, "function name must be a string literal");
                    break;
                case "arguments":
                    arguments = Parse(valueNode, keyPath) as ObjectExpr
                        ?? throw Error(keyPath, valueNode, "function arguments ('arguments') must be an object");
                    break;
                case "options":
                    options.AddRange(InvokeOptions(valueNode, keyPath));
                    break;
                case "return":
                    returned = Literal(valueNode, keyPath, "return directive must be a string literal");
                    break;
                default:
                    Finding(PathText.Property(path, written), $"fn::invoke key '{written}' is ignored by the host (function, arguments, options, return)", "pulumi-yaml ast/expr.go parseInvoke");
                    break;
            }
        }

        return new InvokeExpr(span, function ?? throw Error(path, argument, "missing function name ('function')"), arguments, returned) { Options = options };
    }

    private IEnumerable<ObjectEntry> InvokeOptions(YamlNode node, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(path, node, "invokeOptions must be an object");
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var written = KeyOf(keyNode, this, path);
            var field = TemplateFields.Match(written, TemplateFields.InvokeOptions);
            if (field is null)
            {
                Finding(PathText.Property(path, written), $"Field '{written}' does not exist on Object 'invokeOptions'; the host warns and ignores it", HostSources.ParseRecord);
                continue;
            }

            yield return new ObjectEntry(field, Parse(valueNode, PathText.Property(path, field)));
        }
    }

    private string Literal(YamlNode node, string path, string hostMessage) =>
        node is YamlScalarNode { Value: { } value } && !value.Contains("${", StringComparison.Ordinal) ? value : throw Error(path, node, hostMessage);

    private void Finding(string path, string message, string source) => sink?.Add(File, path, message, source);
}
