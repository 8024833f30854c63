using Bluegreen.PulumiYaml.Model;
using Bluegreen.PulumiYaml.Schemas;
using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Validation;

/// <summary>What a root name in <c>${...}</c> refers to, as far as can be known without running the program.</summary>
internal abstract record StaticSymbol;

/// <summary>A program config key or a component input.</summary>
internal sealed record ParameterSymbol(ParameterDecl Declaration) : StaticSymbol;

/// <summary>A config key of another namespace (e.g. <c>aws:region</c>): its value comes from the stack file.</summary>
internal sealed record ForeignConfigSymbol(string Key) : StaticSymbol;

internal sealed record VariableSymbol(NamedExpr Variable) : StaticSymbol;

/// <summary>A resource: either a provider resource with its schema or an instance of a YAML component.</summary>
internal sealed record ResourceSymbol(ResourceDecl Declaration, ResourceSchema? Schema, ComponentScope? Component) : StaticSymbol
{
    public string TypeName => Schema?.Token ?? Component?.Token ?? Declaration.Type;
}

internal sealed record PulumiSymbol : StaticSymbol;

/// <summary>The names visible to expressions of a program or of a component body.</summary>
internal abstract class StaticScope
{
    private readonly Dictionary<string, StaticSymbol> _symbols = [];

    protected StaticScope(string pathPrefix) => PathPrefix = pathPrefix;

    /// <summary>Prefix of every error path in this scope: "" for the program, <c>components.X.</c> for a component.</summary>
    public string PathPrefix { get; }

    public IEnumerable<KeyValuePair<string, StaticSymbol>> Symbols => _symbols;

    public virtual StaticSymbol? Lookup(string name) =>
        name == "pulumi" ? new PulumiSymbol() : _symbols.GetValueOrDefault(name);

    /// <summary>Declares a name; returns false when the scope already has it (the host rejects duplicates).</summary>
    protected bool Declare(string name, StaticSymbol symbol) => _symbols.TryAdd(name, symbol);

    protected IEnumerable<string> DeclareAll(IResourceScopeTemplate template, Func<ResourceDecl, StaticSymbol> resourceSymbol)
    {
        foreach (var variable in template.Variables)
        {
            if (!Declare(variable.Name, new VariableSymbol(variable)))
            {
                yield return variable.Name;
            }
        }

        foreach (var resource in template.Resources)
        {
            if (!Declare(resource.Key, resourceSymbol(resource)))
            {
                yield return resource.Key;
            }
        }
    }
}

internal sealed class ProgramScope : StaticScope
{
    private readonly string _projectName;

    /// <summary>
    /// The program's names: its own <c>config:</c> entries, then the project's config keys of its namespace (the
    /// engine passes those to the program with the prefix stripped, pulumi-yaml <c>getConfNodesFromMap</c>), then
    /// variables and resources.
    /// </summary>
    public ProgramScope(ProgramTemplate program, IEnumerable<ParameterDecl> projectConfig, Func<ResourceDecl, StaticSymbol> resourceSymbol)
        : base("")
    {
        _projectName = program.Name;
        var duplicates = new List<string>();
        foreach (var config in program.Config)
        {
            if (!Declare(StripProject(config.Key), new ParameterSymbol(config)))
            {
                duplicates.Add(config.Key);
            }
        }

        foreach (var config in projectConfig.Where(c => !c.Key.Contains(':', StringComparison.Ordinal) || c.Key.StartsWith(_projectName + ":", StringComparison.Ordinal)))
        {
            Declare(StripProject(config.Key), new ParameterSymbol(config));
        }

        duplicates.AddRange(DeclareAll(program, resourceSymbol));
        Duplicates = duplicates;
    }

    public IReadOnlyList<string> Duplicates { get; }

    public override StaticSymbol? Lookup(string name)
    {
        var local = base.Lookup(StripProject(name));
        if (local is null && name.Contains(':', StringComparison.Ordinal) && !name.StartsWith(_projectName + ":", StringComparison.Ordinal))
        {
            return new ForeignConfigSymbol(name);
        }

        return local;
    }

    private string StripProject(string key) =>
        key.StartsWith(_projectName + ":", StringComparison.Ordinal) ? key[(_projectName.Length + 1)..] : key;
}

internal sealed class ComponentScope : StaticScope
{
    public ComponentScope(ComponentPackage package, ComponentDecl component, Func<ResourceDecl, StaticSymbol> resourceSymbol)
        : base(PathText.Property("components", component.Name) + ".")
    {
        Component = component;
        Token = package.TokenOf(component);
        var duplicates = new List<string>();
        foreach (var input in component.Inputs)
        {
            if (!Declare(input.Key, new ParameterSymbol(input)))
            {
                duplicates.Add(input.Key);
            }
        }

        duplicates.AddRange(DeclareAll(component, resourceSymbol));
        Duplicates = duplicates;
    }

    public ComponentDecl Component { get; }

    public string Token { get; }

    public IReadOnlyList<string> Duplicates { get; }
}
