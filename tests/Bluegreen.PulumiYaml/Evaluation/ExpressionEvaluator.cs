using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// Evaluates expressions like the Pulumi YAML host, with the host's error wording for the built-ins
/// (e.g. "list index 1 out-of-bounds for list of length 1"). Secret-ness spreads from any argument to the result.
/// </summary>
internal sealed class ExpressionEvaluator(string stack, string project, ProviderSchemas schemas, IPulumiMocks mocks)
{
    public PulumiValue Evaluate(Expr expr, string path, EvaluationScope scope) => expr switch
    {
        NullExpr => new NullValue(),
        BooleanExpr b => new BooleanValue(b.Value),
        NumberExpr n => new NumberValue(n.Value),
        StringExpr s => new StringValue(s.Value),
        ListExpr list => new ListValue(list.Items.Select((item, i) => Evaluate(item, PathText.Index(path, i), scope)).ToList()),
        ObjectExpr obj => new ObjectValue(obj.Entries
            .Select(e => KeyValuePair.Create(e.Key, Evaluate(e.Value, PathText.Property(path, e.Key), scope)))
            .ToList()),
        InterpolateExpr interpolate => Interpolate(interpolate, path, scope),
        SymbolExpr symbol => Access(symbol.Access, symbol, path, scope),
        SelectExpr select => Select(select, path, scope),
        SplitExpr split => Split(split, path, scope),
        JoinExpr join => Join(join, path, scope),
        SecretExpr secret => Evaluate(secret.Value, path, scope).WithSecret(true),
        ToJsonExpr toJson => ToJson(toJson, path, scope),
        InvokeExpr invoke => Invoke(invoke, path, scope),
        _ => throw new PulumiYamlException(path, expr.Span, $"unsupported expression {expr.GetType().Name}"),
    };

    private static PulumiYamlException Error(string path, Expr expr, string reason) => new(path, expr.Span, reason);

    private PulumiValue Interpolate(InterpolateExpr interpolate, string path, EvaluationScope scope)
    {
        var text = new System.Text.StringBuilder();
        var secret = false;
        foreach (var part in interpolate.Parts)
        {
            text.Append(part.Text);
            if (part.Access is null)
            {
                continue;
            }

            var value = Access(part.Access, interpolate, path, scope);
            secret |= value.ContainsSecret;
            text.Append(value switch
            {
                StringValue s => s.Value,
                // evaluateInterpolations writes each value with fmt's %v.
                NumberValue n => GoFormat.FloatV(n.Value),
                BooleanValue b => b.Value ? "true" : "false",
                _ => throw Error(path, interpolate, $"cannot interpolate ${{{part.Access}}}: it is a {value.TypeName}, not a string, number or boolean"),
            });
        }

        return new StringValue(text.ToString()).WithSecret(secret);
    }

    private PulumiValue Access(PropertyAccess access, Expr expr, string path, EvaluationScope scope)
    {
        var root = access.RootName;
        var tail = access.Tail;
        if (root == "pulumi")
        {
            return tail switch
            {
                [PropertyName { Name: "stack" }] => new StringValue(stack),
                [PropertyName { Name: "project" }] => new StringValue(project),
                _ => throw Error(path, expr, $"unsupported reference ${{{access}}}: only ${{pulumi.stack}} and ${{pulumi.project}} are evaluated"),
            };
        }

        var receiver = scope.Lookup(root)
            ?? throw Error(path, expr, $"unknown reference ${{{access}}}: no config, input, variable or resource is named '{root}'");
        return AccessTail(receiver, tail, expr, path);
    }

    /// <summary>Follows accessors from a value, with the host's messages for bad steps.</summary>
    private static PulumiValue AccessTail(PulumiValue receiver, IReadOnlyList<PropertyAccessor> accessors, Expr expr, string path)
    {
        var secret = receiver.IsSecret;
        foreach (var accessor in accessors)
        {
            receiver = (receiver, accessor) switch
            {
                (ResourceValue resource, PropertyName or PropertyKey) => ResourceOutput(resource.Resource, NameOf(accessor), expr, path),
                (ListValue list, PropertyIndex index) => index.Index < list.Items.Count
                    ? list.Items[index.Index]
                    : throw Error(path, expr, $"list index {index.Index} out-of-bounds for list of length {list.Items.Count}"),
                (ListValue, _) => throw Error(path, expr, "cannot access a list element using a property name"),
                (ObjectValue, PropertyIndex) => throw Error(path, expr, "cannot access an object property using an integer index"),
                (ObjectValue obj, _) => obj.Get(NameOf(accessor))
                    ?? throw Error(path, expr, $"the object has no property '{NameOf(accessor)}' (it has: {string.Join(", ", obj.Entries.Select(e => e.Key))})"),
                _ => throw Error(path, expr, $"receiver must be a list or object, not {receiver.TypeName}"),
            };
            secret |= receiver.IsSecret;
        }

        return receiver.WithSecret(secret);
    }

    private static string NameOf(PropertyAccessor accessor) => accessor switch
    {
        PropertyName name => name.Name,
        PropertyKey key => key.Key,
        _ => throw new InvalidOperationException("An index has no name."),
    };

    private static PulumiValue ResourceOutput(RegisteredResource resource, string name, Expr expr, string path)
    {
        if (name == "urn")
        {
            return new StringValue(resource.Urn);
        }

        if (name == "id" && resource.Id is { } id)
        {
            return new StringValue(id);
        }

        return resource.Outputs.Get(name) ?? throw Error(path, expr,
            $"{resource.Type} '{resource.Name}' has no output '{name}' (its outputs: {string.Join(", ", resource.Outputs.Entries.Select(e => e.Key))})");
    }

    private PulumiValue Select(SelectExpr select, string path, EvaluationScope scope)
    {
        var index = Evaluate(select.Index, path, scope);
        var values = Evaluate(select.Values, path, scope);
        if (index is not NumberValue number)
        {
            throw Error(path, select.Index, $"index must be a number, not {index.TypeName}");
        }

        if (number.Value != Math.Floor(number.Value) || number.Value < 0)
        {
            throw Error(path, select.Index, $"index must be a positive integral, not {GoJson.FormatNumber(number.Value)}");
        }

        return AccessTail(values, [new PropertyIndex((int)number.Value)], select, path).WithSecret(index.IsSecret);
    }

    private PulumiValue Split(SplitExpr split, string path, EvaluationScope scope)
    {
        var delimiter = Evaluate(split.Delimiter, path, scope);
        var source = Evaluate(split.Source, path, scope);
        if (delimiter is not StringValue d)
        {
            throw Error(path, split.Delimiter, $"Must be a string, not {delimiter.TypeName}");
        }

        if (source is not StringValue s)
        {
            throw Error(path, split.Source, $"Must be a string, not {source.TypeName}");
        }

        var parts = d.Value.Length == 0
            ? s.Value.Select(c => c.ToString()).ToArray()
            : s.Value.Split(d.Value);
        return new ListValue(parts.Select(p => (PulumiValue)new StringValue(p)).ToList()).WithSecret(delimiter.IsSecret || source.IsSecret);
    }

    private PulumiValue Join(JoinExpr join, string path, EvaluationScope scope)
    {
        var delimiter = Evaluate(join.Delimiter, path, scope);
        var values = Evaluate(join.Values, path, scope);
        var separator = delimiter switch
        {
            NullValue => "",
            StringValue s => s.Value,
            _ => throw Error(path, join.Delimiter, $"delimiter must be a string, not {delimiter.TypeName}"),
        };
        if (values is not ListValue list)
        {
            throw Error(path, join.Values, $"the second argument to fn::join must be a list, found {values.TypeName}");
        }

        var strings = list.Items.Select(i => i is StringValue s
            ? s.Value
            : throw Error(path, join.Values, $"the second argument to fn::join must be a list of strings, found {i.TypeName}"));
        return new StringValue(string.Join(separator, strings)).WithSecret(delimiter.IsSecret || values.ContainsSecret);
    }

    private PulumiValue ToJson(ToJsonExpr toJson, string path, EvaluationScope scope)
    {
        var value = Evaluate(toJson.Value, path, scope);
        try
        {
            return new StringValue(GoJson.Marshal(value)).WithSecret(value.ContainsSecret);
        }
        catch (ArgumentException e)
        {
            throw Error(path, toJson, $"failed to encode JSON: {e.Message}");
        }
    }

    private PulumiValue Invoke(InvokeExpr invoke, string path, EvaluationScope scope)
    {
        var function = schemas.ResolveFunction(invoke.Function)
            ?? throw Error(path, invoke, $"unable to find function \"{invoke.Function}\" in the provider schemas");
        var arguments = invoke.Arguments is null ? new ObjectValue([]) : (ObjectValue)Evaluate(invoke.Arguments, path, scope);
        var result = mocks.Call(function.Token, (IReadOnlyDictionary<string, object?>)arguments.ToPlain()!)
            ?? throw Error(path, invoke, $"the mocks returned nothing for fn::invoke of {function.Token}; set up IPulumiMocks.Call");
        var outputs = new ObjectValue(result
            .Select(e => KeyValuePair.Create(e.Key, PulumiValue.FromPlain(e.Value).WithSecret(function.Outputs.GetValueOrDefault(e.Key)?.Secret ?? false)))
            .ToList());
        PulumiValue returned = outputs;
        if (invoke.Return is { } name)
        {
            returned = outputs.Get(name)
                ?? throw Error(path, invoke, $"fn::invoke of {invoke.Function} did not contain a property '{name}' in the returned value");
        }

        return returned.WithSecret(arguments.ContainsSecret);
    }
}
