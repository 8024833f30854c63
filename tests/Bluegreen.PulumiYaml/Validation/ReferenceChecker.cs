using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Validation;

/// <summary>
/// Checks one <c>${...}</c> reference: the root names something, <c>pulumi.*</c> is one of the evaluated fields, a
/// resource output exists (and is not deprecated), and nested fields exist in the output's object type.
/// </summary>
internal sealed class ReferenceChecker(ProviderSchemas schemas, StaticTyper typer, List<SchemaError> errors)
{
    public void Check(PropertyAccess access, string path, StaticScope scope, bool interpolated)
    {
        var reference = $"${{{access}}}";
        var tail = access.Tail;
        switch (scope.Lookup(access.RootName))
        {
            case null:
                errors.Add(new SchemaError(path, $"unknown reference {reference}: no config, input, variable or resource is named '{access.RootName}'"));
                break;
            case PulumiSymbol when tail is not [PropertyName { Name: "stack" or "project" }]:
                errors.Add(new SchemaError(path, $"unsupported reference {reference}: only ${{pulumi.stack}} and ${{pulumi.project}} are evaluated"));
                break;
            case ResourceSymbol resource when tail.Count == 0 && interpolated:
                errors.Add(new SchemaError(path, $"{reference} interpolates a whole resource; reference one of its outputs"));
                break;
            case ResourceSymbol resource when tail.Count > 0:
                CheckOutputReference(resource, tail, reference, path);
                break;
        }
    }

    private void CheckOutputReference(ResourceSymbol resource, IReadOnlyList<PropertyAccessor> tail, string reference, string path)
    {
        var output = tail[0] switch
        {
            PropertyName name => name.Name,
            PropertyKey key => key.Key,
            _ => null,
        };
        if (output is "id" or "urn" && resource.Component is null)
        {
            return;
        }

        var outputs = resource.Component is { } component
            ? component.Component.Outputs.Select(o => o.Name).ToList()
            : resource.Schema?.Outputs.Keys.ToList();
        if (outputs is null)
        {
            return;
        }

        if (output is null || !outputs.Contains(output))
        {
            errors.Add(new SchemaError(path,
                $"{reference}: {resource.TypeName} has no output '{output ?? tail[0].ToString()}' (outputs: {string.Join(", ", outputs.Order(StringComparer.Ordinal))})"));
            return;
        }

        if (resource.Schema is { } schema)
        {
            if (schema.Outputs[output].DeprecationMessage is { } deprecation)
            {
                errors.Add(new SchemaError(path, $"{reference}: {ValueChecker.Deprecated(output, schema.Token, deprecation)}"));
            }

            CheckNestedAccess(schema.Outputs[output], tail.Skip(1).ToList(), reference, path);
        }
    }

    private void CheckNestedAccess(PropertySpec spec, IReadOnlyList<PropertyAccessor> accessors, string reference, string path)
    {
        PropertySpec? current = spec;
        foreach (var accessor in accessors)
        {
            if (current is null)
            {
                return;
            }

            if (accessor is PropertyName { Name: var name } && current.Ref is not null
                && schemas.ResolveRef(current.Ref) is ObjectTypeTarget target && !target.Properties.ContainsKey(name))
            {
                errors.Add(new SchemaError(path, $"{reference}: {target.Token} has no field '{name}'"));
                return;
            }

            current = typer.Navigate(current, [accessor]);
        }
    }
}
