using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Model;

/// <summary>A declared config key (program) or component input: <c>type</c>, <c>default</c>, <c>secret</c>, <c>items</c>, <c>value</c>.</summary>
public sealed record ParameterDecl(string Key, string? Type, string? ItemsType, Expr? Default, bool Secret, Expr? Value, SourceSpan Span)
{
    /// <summary>A component input without a default is required (the generated schema lists it as required).</summary>
    public bool IsRequired => Default is null && Value is null;
}

public sealed record NamedExpr(string Name, Expr Value);

public sealed record ResourceDecl(
    string Key,
    string Type,
    string? Name,
    ObjectExpr Properties,
    IReadOnlyList<ObjectEntry> Options,
    SourceSpan Span)
{
    /// <summary><c>defaultProvider: true</c> on a <c>pulumi:providers:&lt;pkg&gt;</c> resource (pulumi-yaml <c>setDefaultProviders</c>).</summary>
    public bool DefaultProvider { get; init; }

    /// <summary>The logical name before any component prefix: <c>name:</c> when given, else the map key.</summary>
    public string LogicalName => Name ?? Key;

    public Expr? Option(string key) => Options.FirstOrDefault(o => o.Key == key)?.Value;
}

/// <summary>What a program and a component body share: variables, resources and outputs.</summary>
public interface IResourceScopeTemplate
{
    IReadOnlyList<NamedExpr> Variables { get; }

    IReadOnlyList<ResourceDecl> Resources { get; }

    IReadOnlyList<NamedExpr> Outputs { get; }
}

public sealed record ProgramTemplate(
    string Name,
    IReadOnlyList<ParameterDecl> Config,
    IReadOnlyList<NamedExpr> Variables,
    IReadOnlyList<ResourceDecl> Resources,
    IReadOnlyList<NamedExpr> Outputs,
    IReadOnlyDictionary<string, string> Packages,
    string File) : IResourceScopeTemplate
{
    /// <summary><c>pulumi.requiredVersion</c>, the CLI range the program asks for when it starts.</summary>
    public string? RequiredVersion { get; init; }

    /// <summary>A copy with one resource rewritten; for tests that tamper with a program in memory.</summary>
    public ProgramTemplate WithResource(string key, Func<ResourceDecl, ResourceDecl> change)
    {
        if (Resources.All(r => r.Key != key))
        {
            throw new ArgumentException($"The program has no resource '{key}'.", nameof(key));
        }

        return this with { Resources = Resources.Select(r => r.Key == key ? change(r) : r).ToList() };
    }
}

public sealed record ComponentDecl(
    string Name,
    IReadOnlyList<ParameterDecl> Inputs,
    IReadOnlyList<NamedExpr> Variables,
    IReadOnlyList<ResourceDecl> Resources,
    IReadOnlyList<NamedExpr> Outputs) : IResourceScopeTemplate;

/// <summary>A YAML component package: the folder holding <c>PulumiPlugin.yaml</c>.</summary>
public sealed record ComponentPackage(string Name, IReadOnlyList<ComponentDecl> Components, string Directory)
{
    /// <summary>The canonical token, <c>&lt;package&gt;:index:&lt;Component&gt;</c>.</summary>
    public string TokenOf(ComponentDecl component) => $"{Name}:index:{component.Name}";

    /// <summary>Accepts <c>pkg:index:Name</c> and the short form <c>pkg:Name</c>.</summary>
    public ComponentDecl? Resolve(string type)
    {
        var parts = type.Split(':');
        if (parts[0] != Name)
        {
            return null;
        }

        var componentName = parts switch
        {
            [_, var name] => name,
            [_, "index", var name] => name,
            _ => null,
        };
        return Components.FirstOrDefault(c => c.Name == componentName);
    }
}
