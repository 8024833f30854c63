namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>Everything one evaluation registered, in registration order, and the program's outputs.</summary>
public sealed record EvaluationResult(
    string Stack,
    string Project,
    IReadOnlyList<RegisteredResource> Resources,
    IReadOnlyDictionary<string, PulumiValue> Outputs)
{
    /// <summary>The resource with this logical name (e.g. <c>listener</c> or <c>blue-service</c>).</summary>
    public RegisteredResource Resource(string name)
    {
        var matches = Resources.Where(r => r.Name == name).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new KeyNotFoundException(
                $"Expected one resource named '{name}', found {matches.Count}. Registered: {string.Join(", ", Resources.Select(r => r.Name))}");
    }

    public IReadOnlyList<RegisteredResource> OfType(string type) => Resources.Where(r => r.Type == type).ToList();

    public IReadOnlyList<RegisteredResource> ChildrenOf(RegisteredResource parent) => Resources.Where(r => r.Parent == parent).ToList();
}
