using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Host;

/// <summary>
/// pulumi-yaml <c>setDefaultProviders</c>: a <c>pulumi:providers:&lt;pkg&gt;</c> resource with
/// <c>defaultProvider: true</c> becomes the provider (and its <c>options.version</c> the version) of every resource
/// of that package without an explicit <c>provider</c>, and of every variable whose value is exactly an
/// <c>fn::invoke</c> of that package. <c>defaultProvider</c> on another resource, or a different version on a
/// resource or such an invoke, is an error. An invoke anywhere else is not rerouted and runs on an unpinned
/// provider, which is a finding when the package has a default provider.
/// </summary>
public static class DefaultProviderRules
{
    private const string ProviderPrefix = "pulumi:providers:";

    /// <summary>Each package's default provider resource and its pinned version (null when it has none).</summary>
    public static IReadOnlyDictionary<string, (string Resource, string? Version)> DefaultProviders(IResourceScopeTemplate template) =>
        template.Resources
            .Where(r => r.DefaultProvider && r.Type.StartsWith(ProviderPrefix, StringComparison.Ordinal))
            .GroupBy(r => r.Type[ProviderPrefix.Length..])
            .ToDictionary(g => g.Key, g => (g.Last().Key, (g.Last().Option("version") as StringExpr)?.Value));

    public static void Check(IResourceScopeTemplate template, string file, string prefix, FindingSink sink)
    {
        var defaults = DefaultProviders(template);
        foreach (var resource in template.Resources)
        {
            var path = prefix + PathText.Property("resources", resource.Key);
            if (resource.DefaultProvider && !resource.Type.StartsWith(ProviderPrefix, StringComparison.Ordinal))
            {
                sink.Add(file, path, "cannot set defaultProvider on non-provider resource", HostSources.SetDefaultProviders);
            }

            var package = resource.Type.Split(':')[0];
            if (resource.Type.StartsWith(ProviderPrefix, StringComparison.Ordinal) || !defaults.TryGetValue(package, out var provider)
                || resource.Option("provider") is not null)
            {
                continue;
            }

            if (resource.Option("version") is StringExpr { Value: var version } && version != provider.Version)
            {
                sink.Add(file, path, $"Version conflicts with the default provider version (try removing this option on resource \"{resource.Key}\")", HostSources.SetDefaultProviders);
            }
        }

        foreach (var variable in template.Variables)
        {
            var path = prefix + PathText.Property("variables", variable.Name);
            if (variable.Value is InvokeExpr invoke && defaults.ContainsKey(PackageOf(invoke)) && invoke.Options.Any(o => o.Key == "version")
                && invoke.Options.All(o => o.Key != "provider"))
            {
                sink.Add(file, path, $"Version conflicts with the default provider version (try removing this option on resource \"{variable.Name}\")", HostSources.SetDefaultProviders);
            }

            CheckNested(variable.Value, isTop: true, defaults, file, path, sink);
        }

        foreach (var resource in template.Resources)
        {
            CheckNested(resource.Properties, isTop: false, defaults, file, prefix + PathText.Property("resources", resource.Key), sink);
        }

        foreach (var output in template.Outputs)
        {
            CheckNested(output.Value, isTop: false, defaults, file, prefix + PathText.Property("outputs", output.Name), sink);
        }
    }

    private static void CheckNested(Expr expr, bool isTop, IReadOnlyDictionary<string, (string Resource, string? Version)> defaults, string file, string path, FindingSink sink)
    {
        if (expr is InvokeExpr invoke && !isTop && defaults.TryGetValue(PackageOf(invoke), out var provider) && invoke.Options.All(o => o.Key != "provider"))
        {
            sink.Add(file, path,
                $"this fn::invoke of {invoke.Function} is not routed to the default provider '{provider.Resource}' (only a variable that is exactly an fn::invoke is); it runs on an unpinned provider; make it a variable of its own or set options.provider",
                HostSources.SetDefaultProviders);
        }

        foreach (var (child, childPath) in ExprChildren.Of(expr, path))
        {
            CheckNested(child, isTop: false, defaults, file, childPath, sink);
        }
    }

    private static string PackageOf(InvokeExpr invoke) => invoke.Function.Split(':')[0];
}
