namespace Bluegreen.Components.Model;

/// <summary>One resource of a program or component: its key (the logical name), type token, inputs and options.</summary>
public sealed record Resource
{
    public Resource(string name, string type, ObjectExpr properties, ResourceOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        Name = name;
        Type = type;
        Properties = properties;
        Options = options ?? ResourceOptions.None;
    }

    /// <summary>The key under <c>resources:</c>. Inside a component the engine prefixes it with the instance name.</summary>
    public string Name { get; }

    /// <summary>The full canonical type token, e.g. <c>aws:lb/listener:Listener</c>.</summary>
    public string Type { get; }

    public ObjectExpr Properties { get; }

    public ResourceOptions Options { get; private init; }

    /// <summary>
    /// Only for <c>pulumi:providers:&lt;package&gt;</c> resources of a program: every resource of the package without
    /// its own provider uses this one (pulumi-yaml run.go <c>setDefaultProviders</c>, which component templates skip).
    /// </summary>
    public bool DefaultProvider { get; init; }

    /// <summary><c>${name.output}</c>.</summary>
    public Reference Output(string output) => new($"{Name}.{output}");

    public Resource WithProperties(ObjectExpr properties) => new(Name, Type, properties, Options) { DefaultProvider = DefaultProvider };

    public Resource WithOptions(ResourceOptions options) => this with { Options = options };
}
