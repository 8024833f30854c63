using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Validation;

/// <summary>
/// Works out the kind and secret-ness of an expression without running it: literals, config and input
/// declarations, schema specs of resource and function outputs, and how the built-ins combine them.
/// Never reports errors: an unresolvable reference is simply <see cref="ValueKind.Unknown"/>.
/// </summary>
internal sealed class StaticTyper(ProviderSchemas schemas)
{
    private readonly HashSet<Expr> _inProgress = new(ReferenceEqualityComparer.Instance);

    public StaticValue Of(Expr expr, StaticScope scope)
    {
        if (!_inProgress.Add(expr))
        {
            return StaticValue.Unknown(false);
        }

        try
        {
            return Compute(expr, scope);
        }
        finally
        {
            _inProgress.Remove(expr);
        }
    }

    public ValueKind KindOf(PropertySpec spec)
    {
        switch (spec.Type)
        {
            case "string":
                return ValueKind.String;
            case "integer":
                return ValueKind.Integer;
            case "number":
                return ValueKind.Number;
            case "boolean":
                return ValueKind.Boolean;
            case "array":
                return ValueKind.Array;
            case "object":
                return ValueKind.Object;
        }

        if (spec.Ref is not null)
        {
            return schemas.ResolveRef(spec.Ref) switch
            {
                ObjectTypeTarget => ValueKind.Object,
                EnumTypeTarget e => KindOfDeclared(e.ValueType),
                ResourceReferenceTarget => ValueKind.String,
                _ => ValueKind.Unknown,
            };
        }

        var branchKinds = spec.OneOf.Select(KindOf).Distinct().ToList();
        return branchKinds.Count == 1 ? branchKinds[0] : ValueKind.Unknown;
    }

    /// <summary>The spec reached by following property accessors from <paramref name="spec"/>, or null when unknown.</summary>
    public PropertySpec? Navigate(PropertySpec? spec, IEnumerable<PropertyAccessor> accessors)
    {
        foreach (var accessor in accessors)
        {
            if (spec is null)
            {
                return null;
            }

            spec = accessor switch
            {
                PropertyIndex => spec.Items,
                PropertyName name => Member(spec, name.Name),
                PropertyKey key => Member(spec, key.Key),
                _ => null,
            };
        }

        return spec;
    }

    /// <summary>The spec of field <paramref name="name"/> of an object type or map; null when it has none.</summary>
    public PropertySpec? Member(PropertySpec spec, string name)
    {
        if (spec.AdditionalProperties is not null)
        {
            return spec.AdditionalProperties;
        }

        return spec.Ref is not null && schemas.ResolveRef(spec.Ref) is ObjectTypeTarget target
            ? target.Properties.GetValueOrDefault(name)
            : null;
    }

    /// <summary>A declared type: project/component names and pulumi-yaml <c>config.Parse</c> ones (any case, List&lt;T&gt;).</summary>
    public static ValueKind KindOfDeclared(string declaredType) => declaredType.ToLowerInvariant() switch
    {
        var list when list.StartsWith("list<", StringComparison.Ordinal) => ValueKind.Array,
        "string" => ValueKind.String,
        "integer" or "int" => ValueKind.Integer,
        "number" => ValueKind.Number,
        "boolean" or "bool" => ValueKind.Boolean,
        "array" => ValueKind.Array,
        "object" => ValueKind.Object,
        _ => ValueKind.Unknown,
    };

    private StaticValue Compute(Expr expr, StaticScope scope)
    {
        switch (expr)
        {
            case NullExpr:
                return new StaticValue(ValueKind.Null, false, true);
            case StringExpr:
                return new StaticValue(ValueKind.String, false, true);
            case BooleanExpr:
                return new StaticValue(ValueKind.Boolean, false, true);
            case NumberExpr number:
                return new StaticValue(number.Value == Math.Floor(number.Value) ? ValueKind.Integer : ValueKind.Number, false, true);
            case ListExpr list:
                return new StaticValue(ValueKind.Array, list.Items.Any(i => Of(i, scope).IsSecret), true);
            case ObjectExpr obj:
                return new StaticValue(ValueKind.Object, obj.Entries.Any(e => Of(e.Value, scope).IsSecret), true);
            case InterpolateExpr interpolate:
                return new StaticValue(ValueKind.String, interpolate.Parts.Any(p => p.Access is not null && OfAccess(p.Access, scope).IsSecret));
            case SymbolExpr symbol:
                return OfAccess(symbol.Access, scope);
            case SecretExpr secret:
                return Of(secret.Value, scope) with { IsSecret = true, IsLiteral = false };
            case JoinExpr join:
                return new StaticValue(ValueKind.String, AnySecret(scope, join.Delimiter, join.Values));
            case SplitExpr split:
                return new StaticValue(ValueKind.Array, AnySecret(scope, split.Delimiter, split.Source));
            case ToJsonExpr toJson:
                return new StaticValue(ValueKind.String, AnySecret(scope, toJson.Value));
            case SelectExpr select:
                return StaticValue.Unknown(AnySecret(scope, select.Index, select.Values));
            case InvokeExpr invoke:
                return OfInvoke(invoke, scope);
            default:
                return StaticValue.Unknown(false);
        }
    }

    private bool AnySecret(StaticScope scope, params Expr[] exprs) => exprs.Any(e => Of(e, scope).IsSecret);

    private StaticValue OfInvoke(InvokeExpr invoke, StaticScope scope)
    {
        var secretArguments = invoke.Arguments is not null && Of(invoke.Arguments, scope).IsSecret;
        var function = schemas.ResolveFunction(invoke.Function);
        if (invoke.Return is null)
        {
            return new StaticValue(ValueKind.Object, secretArguments);
        }

        var spec = function?.Outputs.GetValueOrDefault(invoke.Return);
        return spec is null
            ? StaticValue.Unknown(secretArguments)
            : new StaticValue(KindOf(spec), secretArguments || spec.Secret, Spec: spec);
    }

    private StaticValue OfAccess(PropertyAccess access, StaticScope scope)
    {
        var tail = access.Tail;
        switch (scope.Lookup(access.RootName))
        {
            case ParameterSymbol parameter:
                var declared = parameter.Declaration.Type is { } type ? KindOfDeclared(type)
                    : parameter.Declaration.Default is { } defaultValue ? Of(defaultValue, scope).Kind
                    : ValueKind.Unknown;
                return new StaticValue(tail.Count == 0 ? declared : ValueKind.Unknown, parameter.Declaration.Secret);
            case VariableSymbol variable:
                var value = Of(variable.Variable.Value, scope);
                return tail.Count == 0 ? value with { IsLiteral = false } : FromSpec(Navigate(value.Spec, tail), value.IsSecret);
            case ResourceSymbol resource:
                return OfResource(resource, tail);
            case PulumiSymbol:
                return new StaticValue(ValueKind.String, false);
            default:
                return StaticValue.Unknown(false);
        }
    }

    private StaticValue OfResource(ResourceSymbol resource, IReadOnlyList<PropertyAccessor> tail)
    {
        if (tail.Count == 0)
        {
            return new StaticValue(ValueKind.Resource, false);
        }

        var output = tail[0] switch
        {
            PropertyName name => name.Name,
            PropertyKey key => key.Key,
            _ => null,
        };
        if (output is "id" or "urn" && tail.Count == 1)
        {
            return new StaticValue(ValueKind.String, false);
        }

        if (resource.Component is { } component)
        {
            var expr = component.Component.Outputs.FirstOrDefault(o => o.Name == output)?.Value;
            if (expr is null)
            {
                return StaticValue.Unknown(false);
            }

            var value = Of(expr, component);
            return tail.Count == 1 ? value with { IsLiteral = false } : FromSpec(Navigate(value.Spec, tail.Skip(1)), value.IsSecret);
        }

        var spec = output is null ? null : resource.Schema?.Outputs.GetValueOrDefault(output);
        return FromSpec(Navigate(spec, tail.Skip(1)), spec?.Secret ?? false);
    }

    private StaticValue FromSpec(PropertySpec? spec, bool secret) =>
        spec is null ? StaticValue.Unknown(secret) : new StaticValue(KindOf(spec), secret || spec.Secret, Spec: spec);
}
