using System.Text.Json;
using Bluegreen.Components.Model;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.Stacks.Composition;

namespace Bluegreen.Tests.Contracts;

/// <summary>
/// No input the generator sets and no output it reads carries a <c>deprecationMessage</c> in the provider schema
/// (e.g. <c>SecretVersion.arn</c>: "Use secretArn instead"); a deprecated property makes the engine warn on every run.
/// </summary>
public class DeprecatedPropertyContractTests
{
    [Theory]
    [MemberData(nameof(GeneratedSchemaContractTests.Apps), MemberType = typeof(GeneratedSchemaContractTests))]
    public void EveryPropertyTheGeneratorSetsOrReads_IsNotDeprecated(string app)
    {
        var project = new BluegreenProject(GeneratedSchemaContractTests.AppNamed(app));
        var component = project.Package.Components.Single();

        var deprecated = Deprecated(project.Program.Resources, [.. project.Program.Variables, .. project.Program.Outputs])
            .Concat(Deprecated(component.Resources, [.. component.Variables, .. component.Outputs]))
            .ToList();

        Assert.True(deprecated.Count == 0, string.Join("\n", deprecated));
    }

    [Fact]
    public void TheCheck_FindsADeprecatedOutputRead()
    {
        var version = new Resource("version", TypeTokens.SecretsManagerSecretVersion, Expr.Map(("secretId", "id")));

        var deprecated = Deprecated([version], [new NamedValue("secret", version.Output("arn"))]);

        Assert.Equal(["version.arn (read): arn is deprecated. Use secretArn instead."], deprecated);
    }

    private static IEnumerable<string> Deprecated(IReadOnlyList<Resource> resources, IReadOnlyList<NamedValue> values)
    {
        var schemas = resources.ToDictionary(r => r.Name, r => ProviderSchemas.Shared.ResolveResource(r.Type));
        foreach (var resource in resources)
        {
            if (schemas[resource.Name] is { } schema)
            {
                foreach (var found in InObject(resource.Properties, schema.Inputs, resource.Name))
                {
                    yield return found;
                }
            }
        }

        var reads = resources.Select(r => (Expr)r.Properties).Concat(values.Select(v => v.Value)).SelectMany(References);
        foreach (var reference in reads.Distinct())
        {
            var property = reference.Path[(reference.Root.Length + 1)..].Split('.', '[')[0];
            if (schemas.GetValueOrDefault(reference.Root)?.Outputs.GetValueOrDefault(property) is { } spec && Deprecation(spec) is { } message)
            {
                yield return $"{reference.Root}.{property} (read): {message}";
            }
        }
    }

    private static IEnumerable<string> InObject(ObjectExpr properties, IReadOnlyDictionary<string, PropertySpec> specs, string path)
    {
        foreach (var entry in properties.Entries)
        {
            if (specs.GetValueOrDefault(entry.Key) is not { } spec)
            {
                continue;
            }

            var here = $"{path}.{entry.Key}";
            if (Deprecation(spec) is { } message)
            {
                yield return $"{here}: {message}";
            }

            foreach (var found in InValue(entry.Value, spec, here))
            {
                yield return found;
            }
        }
    }

    private static IEnumerable<string> InValue(Expr value, PropertySpec spec, string path) => (value, spec) switch
    {
        (ListExpr list, { Items: { } items }) => list.Items.SelectMany((item, i) => InValue(item, items, $"{path}[{i}]")),
        (ObjectExpr map, { Ref: { } reference }) when ProviderSchemas.Shared.ResolveRef(reference) is ObjectTypeTarget type =>
            InObject(map, type.Properties, path),
        _ => [],
    };

    private static IEnumerable<Reference> References(Expr expr)
    {
        var found = new List<Reference>();
        ExprRewriter.Rewrite(expr, node =>
        {
            if (node is Reference { Path: var path } reference && path.Length > reference.Root.Length)
            {
                found.Add(reference);
            }

            return null;
        });
        return found;
    }

    private static string? Deprecation(PropertySpec spec)
    {
        using var raw = JsonDocument.Parse(spec.ToString());
        return raw.RootElement.TryGetProperty("deprecationMessage", out var message) ? message.GetString() : null;
    }
}
