using System.Globalization;
using System.Text.Json;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Validation;

/// <summary>
/// Checks one value against a schema property spec, at every nesting level: object types (unknown and
/// missing required properties), arrays, maps, enums, <c>oneOf</c> unions, resource references, value
/// kinds and secret-ness.
/// </summary>
internal sealed class ValueChecker(ProviderSchemas schemas, StaticTyper typer)
{
    public void Check(Expr value, PropertySpec spec, string path, StaticScope scope, List<SchemaError> errors)
    {
        if (value is NullExpr)
        {
            return;
        }

        if (spec.Secret && !typer.Of(value, scope).IsSecret)
        {
            errors.Add(new SchemaError(path,
                "the schema marks this property secret but it is fed a plain value; wrap it in fn::secret or feed it from a secret config value or secret output"));
        }

        CheckShape(value, spec, path, scope, errors);
    }

    /// <summary>Checks the properties of an object literal against an object type's fields.</summary>
    public void CheckFields(
        ObjectExpr value,
        IReadOnlyDictionary<string, PropertySpec> fields,
        IReadOnlySet<string> required,
        string owner,
        string path,
        StaticScope scope,
        List<SchemaError> errors)
    {
        foreach (var entry in value.Entries)
        {
            var entryPath = PathText.Property(path, entry.Key);
            if (fields.TryGetValue(entry.Key, out var fieldSpec))
            {
                Check(entry.Value, fieldSpec, entryPath, scope, errors);
                if (fieldSpec.DeprecationMessage is { } deprecation)
                {
                    errors.Add(new SchemaError(entryPath, Deprecated(entry.Key, owner, deprecation)));
                }
            }
            else
            {
                errors.Add(new SchemaError(entryPath, $"unknown property '{entry.Key}' of {owner}{Suggestion(entry.Key, fields.Keys)}"));
            }
        }

        foreach (var name in required.Order(StringComparer.Ordinal))
        {
            if (value.Get(name) is null or NullExpr)
            {
                errors.Add(new SchemaError(PathText.Property(path, name), $"missing required property '{name}' of {owner}"));
            }
        }
    }

    /// <summary>The message for using a deprecated property (policy of this oracle; see <c>HostSources.Deprecated</c>).</summary>
    public static string Deprecated(string property, string owner, string message) => $"property '{property}' of {owner} is deprecated: {message}";

    private static string Suggestion(string key, IEnumerable<string> known)
    {
        var match = known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        return match is null ? "" : $" (did you mean '{match}'?)";
    }

    private void CheckShape(Expr value, PropertySpec spec, string path, StaticScope scope, List<SchemaError> errors)
    {
        if (spec.OneOf.Count > 0)
        {
            CheckUnion(value, spec.OneOf, path, scope, errors);
            return;
        }

        if (spec.Ref is not null)
        {
            CheckRef(value, spec, path, scope, errors);
            return;
        }

        switch (spec.Type)
        {
            case "array" when value is ListExpr list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    Check(list.Items[i], spec.Items!, PathText.Index(path, i), scope, errors);
                }

                return;
            case "object" when value is ObjectExpr map:
                if (spec.AdditionalProperties is not null)
                {
                    foreach (var entry in map.Entries)
                    {
                        Check(entry.Value, spec.AdditionalProperties, PathText.Property(path, entry.Key), scope, errors);
                    }
                }

                return;
            default:
                CheckKind(value, typer.KindOf(spec), path, scope, errors);
                CheckConst(value, spec, path, errors);
                return;
        }
    }

    private void CheckRef(Expr value, PropertySpec spec, string path, StaticScope scope, List<SchemaError> errors)
    {
        switch (schemas.ResolveRef(spec.Ref!))
        {
            case ObjectTypeTarget objectType when value is ObjectExpr obj:
                CheckFields(obj, objectType.Properties, objectType.Required, objectType.Token, path, scope, errors);
                return;
            case ObjectTypeTarget when spec.Type is "string":
                // aws writes "a JSON string or this object" as {"type": "string", "$ref": <object type>}.
                CheckKind(value, ValueKind.String, path, scope, errors, ValueKind.Object);
                return;
            case ObjectTypeTarget:
                CheckKind(value, ValueKind.Object, path, scope, errors);
                return;
            case EnumTypeTarget enumType:
                CheckEnum(value, enumType, path, scope, errors);
                return;
            case ResourceReferenceTarget:
                CheckKind(value, ValueKind.String, path, scope, errors);
                return;
            case AssetTarget when typer.Of(value, scope).Kind != ValueKind.Unknown:
                errors.Add(new SchemaError(path, "expected an asset or archive"));
                return;
        }
    }

    private void CheckUnion(Expr value, IReadOnlyList<PropertySpec> branches, string path, StaticScope scope, List<SchemaError> errors)
    {
        List<SchemaError>? closest = null;
        var valueKind = typer.Of(value, scope).Kind;
        foreach (var branch in branches)
        {
            var branchErrors = new List<SchemaError>();
            CheckShape(value, branch, path, scope, branchErrors);
            if (branchErrors.Count == 0)
            {
                return;
            }

            // The branch that accepted the value's shape but found problems deeper down explains best.
            if (branchErrors.Any(e => e.Path != path))
            {
                closest ??= branchErrors;
            }
        }

        if (closest is not null)
        {
            errors.AddRange(closest);
            return;
        }

        var expected = string.Join(" or ", branches.Select(b => StaticValue.Name(typer.KindOf(b))).Distinct());
        errors.Add(new SchemaError(path, $"expected {expected}, got {Describe(value, valueKind)}"));
    }

    private void CheckEnum(Expr value, EnumTypeTarget enumType, string path, StaticScope scope, List<SchemaError> errors)
    {
        var allowed = enumType.Values.Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToList();
        var literal = value switch
        {
            StringExpr s => s.Value,
            NumberExpr n => n.Value.ToString(CultureInfo.InvariantCulture),
            BooleanExpr b => b.Value ? "true" : "false",
            _ => null,
        };
        if (literal is null)
        {
            CheckKind(value, StaticTyper.KindOfDeclared(enumType.ValueType), path, scope, errors);
        }
        else if (!allowed.Contains(literal))
        {
            errors.Add(new SchemaError(path, $"'{literal}' is not one of the allowed values of {enumType.Token}: {string.Join(", ", allowed)}"));
        }
    }

    private void CheckKind(Expr value, ValueKind expected, string path, StaticScope scope, List<SchemaError> errors, ValueKind alsoAllowed = ValueKind.Unknown)
    {
        var actual = typer.Of(value, scope);
        if (actual.Kind == ValueKind.Resource)
        {
            var name = value is SymbolExpr symbol ? symbol.Access.RootName : "resource";
            errors.Add(new SchemaError(path, $"a resource cannot be used as a value; reference one of its outputs, e.g. ${{{name}.id}}"));
            return;
        }

        var compatible = actual.AssignableTo(expected) || (alsoAllowed != ValueKind.Unknown && actual.Kind == alsoAllowed);
        if (!compatible)
        {
            errors.Add(new SchemaError(path, $"expected {StaticValue.Name(expected)}, got {Describe(value, actual.Kind)}"));
        }
    }

    private static void CheckConst(Expr value, PropertySpec spec, string path, List<SchemaError> errors)
    {
        if (spec.Const is { } constant && value is StringExpr literal && literal.Value != constant.GetString())
        {
            errors.Add(new SchemaError(path, $"must be \"{constant.GetString()}\", got \"{literal.Value}\""));
        }
    }

    private static string Describe(Expr value, ValueKind kind) => $"{StaticValue.Name(kind)} {Source(value)}";

    private static string Source(Expr value) => value.Span.Text.Length > 0 ? value.Span.Text : value.GetType().Name;
}
