namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>The names visible while evaluating a program or one component instance, with their values so far.</summary>
internal sealed class EvaluationScope(string pathPrefix, RegisteredResource? parent, Func<string, PulumiValue?> lookupOther)
{
    private readonly Dictionary<string, PulumiValue> _values = [];

    /// <summary>Prefix of error paths: "" in the program, <c>components.X</c>-style inside a component.</summary>
    public string PathPrefix { get; } = pathPrefix;

    /// <summary>The component instance whose body this is; its children are parented to it.</summary>
    public RegisteredResource? Parent { get; } = parent;

    public void Set(string name, PulumiValue value) => _values[name] = value;

    public PulumiValue? Lookup(string name) => _values.TryGetValue(name, out var value) ? value : lookupOther(name);
}
