using Bluegreen.PulumiYaml.Syntax;

namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>One resource the evaluated program registered, as the engine would record it.</summary>
public sealed class RegisteredResource
{
    internal RegisteredResource(
        string urn,
        string type,
        string qualifiedType,
        string name,
        RegisteredResource? parent,
        bool isComponent,
        ObjectValue inputs,
        IReadOnlyDictionary<string, PulumiValue> options)
    {
        Urn = urn;
        Type = type;
        QualifiedType = qualifiedType;
        Name = name;
        Parent = parent;
        IsComponent = isComponent;
        Inputs = inputs;
        Options = options;
    }

    /// <summary><c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualifiedType&gt;::&lt;name&gt;</c>.</summary>
    public string Urn { get; }

    /// <summary>The canonical type token, e.g. <c>aws:lb/listener:Listener</c>.</summary>
    public string Type { get; }

    /// <summary>The parent chain's types joined by <c>$</c>, then this type.</summary>
    public string QualifiedType { get; }

    /// <summary>The logical name; a component's children are <c>&lt;instance&gt;-&lt;key&gt;</c>.</summary>
    public string Name { get; }

    public RegisteredResource? Parent { get; }

    public bool IsComponent { get; }

    public ObjectValue Inputs { get; }

    /// <summary>Evaluated resource options (e.g. <c>protect</c>, <c>dependsOn</c> as resource values).</summary>
    public IReadOnlyDictionary<string, PulumiValue> Options { get; }

    /// <summary>The mock's id for a custom resource; null for a component.</summary>
    public string? Id { get; internal set; }

    /// <summary>The mock's outputs for a custom resource; the evaluated <c>outputs:</c> for a component.</summary>
    public ObjectValue Outputs { get; internal set; } = new([]);

    /// <summary>The input at a path such as <c>defaultActions[0].targetGroupArn</c>; secret when any step is.</summary>
    public PulumiValue Input(string path)
    {
        PulumiValue current = Inputs;
        var secret = false;
        foreach (var accessor in InterpolationParser.ParsePath(path).Accessors)
        {
            current = (current, accessor) switch
            {
                (ObjectValue obj, PropertyName name) => obj.Get(name.Name),
                (ObjectValue obj, PropertyKey key) => obj.Get(key.Key),
                (ListValue list, PropertyIndex index) when index.Index < list.Items.Count => list.Items[index.Index],
                _ => null,
            } ?? throw new KeyNotFoundException($"{Urn} has no input at '{path}'. Inputs: {Inputs.ToCanonicalText()}");
            secret |= current.IsSecret;
        }

        return current.WithSecret(secret);
    }

    public override string ToString() => Urn;
}
