using System.Text.Json;

namespace Bluegreen.PulumiYaml.Schemas;

/// <summary>
/// The trimmed aws, random and kubernetes package schemas, loaded once from the copies vendored in
/// <c>Schemas/vendored</c> (compiled into this assembly). Resolves YAML type tokens the way
/// pulumi-yaml's <c>packages.go</c> does: as written (or an alias), <c>pkg:Name</c> → <c>pkg:index:Name</c>,
/// and <c>pkg:mod:Name</c> → <c>pkg:mod/name:Name</c>.
/// </summary>
public sealed class ProviderSchemas
{
    private static readonly string[] PackageFiles = ["aws.json", "random.json", "kubernetes.json"];

    private static readonly Lazy<ProviderSchemas> SharedInstance = new(() => Parse(PackageFiles.Select(VendoredSchema.Read)));

    private readonly Dictionary<string, JsonElement> _packages;

    private ProviderSchemas(Dictionary<string, JsonElement> packages) => _packages = packages;

    public static ProviderSchemas Shared => SharedInstance.Value;

    public IReadOnlyCollection<string> PackageNames => _packages.Keys;

    public static ProviderSchemas Load(string directory)
    {
        var texts = PackageFiles.Select(file => Path.Combine(directory, file)).Select(path => File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"Provider schema '{path}' is missing; a schemas folder must hold {string.Join(", ", PackageFiles)}.", path));
        return Parse(texts);
    }

    private static ProviderSchemas Parse(IEnumerable<byte[]> schemas)
    {
        var packages = new Dictionary<string, JsonElement>();
        foreach (var schema in schemas)
        {
            using var document = JsonDocument.Parse(schema);
            var root = document.RootElement.Clone();
            packages[root.GetProperty("name").GetString()!] = root;
        }

        return new ProviderSchemas(packages);
    }

    public ResourceSchema? ResolveResource(string token)
    {
        var parts = token.Split(':');
        if (parts is ["pulumi", "providers", var providerPackage])
        {
            return _packages.TryGetValue(providerPackage, out var provider) && provider.TryGetProperty("provider", out var spec)
                ? ToResource(token, spec)
                : null;
        }

        if (!_packages.TryGetValue(parts[0], out var package) || parts.Length is < 2 or > 3)
        {
            return null;
        }

        var resources = package.GetProperty("resources");
        foreach (var candidate in Candidates(parts))
        {
            if (resources.TryGetProperty(candidate, out var resource))
            {
                return ToResource(candidate, resource);
            }

            if (FindAlias(resources, candidate) is { } canonical)
            {
                return ToResource(canonical, resources.GetProperty(canonical));
            }
        }

        return null;
    }

    public FunctionSchema? ResolveFunction(string token)
    {
        var parts = token.Split(':');
        if (!_packages.TryGetValue(parts[0], out var package) || parts.Length is < 2 or > 3
            || !package.TryGetProperty("functions", out var functions))
        {
            return null;
        }

        foreach (var candidate in Candidates(parts))
        {
            if (functions.TryGetProperty(candidate, out var function))
            {
                var inputs = function.TryGetProperty("inputs", out var i) ? i : default;
                var outputs = function.TryGetProperty("outputs", out var o) ? o : default;
                return new FunctionSchema(candidate, Properties(inputs, "properties"), Names(inputs, "required"), Properties(outputs, "properties"));
            }
        }

        return null;
    }

    /// <summary>Resolves <c>#/types/…</c>, <c>#/resources/…</c>, <c>#/provider</c> and <c>pulumi.json#/…</c> references.</summary>
    public RefTarget ResolveRef(string reference)
    {
        switch (reference)
        {
            case "pulumi.json#/Any" or "pulumi.json#/Json":
                return new AnyTarget();
            case "pulumi.json#/Asset" or "pulumi.json#/Archive":
                return new AssetTarget();
            case "#/provider":
                return new ResourceReferenceTarget("pulumi:providers");
        }

        var token = reference.StartsWith("#/types/", StringComparison.Ordinal) ? reference["#/types/".Length..]
            : reference.StartsWith("#/resources/", StringComparison.Ordinal) ? reference["#/resources/".Length..]
            : throw new InvalidOperationException($"Unsupported schema reference '{reference}'.");
        var package = _packages.GetValueOrDefault(token.Split(':')[0]);
        if (package.ValueKind == JsonValueKind.Object && package.GetProperty("types").TryGetProperty(token, out var type))
        {
            if (type.TryGetProperty("enum", out var values))
            {
                return new EnumTypeTarget(token, type.GetProperty("type").GetString()!, values.EnumerateArray().Select(v => v.GetProperty("value")).ToList());
            }

            return new ObjectTypeTarget(token, Properties(type, "properties"), Names(type, "required"));
        }

        if (package.ValueKind == JsonValueKind.Object && package.GetProperty("resources").TryGetProperty(token, out _))
        {
            return new ResourceReferenceTarget(token);
        }

        throw new InvalidOperationException($"Schema reference '{reference}' points at nothing in the loaded schemas.");
    }

    /// <summary>The tokens pulumi-yaml tries, in order, for a written token.</summary>
    private static IEnumerable<string> Candidates(string[] parts)
    {
        yield return string.Join(':', parts);
        var (package, module, name) = parts.Length == 2 ? (parts[0], "index", parts[1]) : (parts[0], parts[1], parts[2]);
        if (parts.Length == 2)
        {
            yield return $"{package}:{module}:{name}";
        }

        if (name.Length > 0 && !module.Contains('/', StringComparison.Ordinal))
        {
            yield return $"{package}:{module}/{char.ToLowerInvariant(name[0])}{name[1..]}:{name}";
        }
    }

    private static string? FindAlias(JsonElement resources, string token)
    {
        foreach (var resource in resources.EnumerateObject())
        {
            if (resource.Value.TryGetProperty("aliases", out var aliases)
                && aliases.EnumerateArray().Any(a => a.TryGetProperty("type", out var type) && type.GetString() == token))
            {
                return resource.Name;
            }
        }

        return null;
    }

    private static ResourceSchema ToResource(string token, JsonElement resource) => new(
        token,
        Properties(resource, "inputProperties"),
        Names(resource, "requiredInputs"),
        Properties(resource, "properties"));

    private static Dictionary<string, PropertySpec> Properties(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var properties)
            ? properties.EnumerateObject().ToDictionary(p => p.Name, p => new PropertySpec(p.Value))
            : [];

    private static HashSet<string> Names(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var names)
            ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet()
            : [];
}
