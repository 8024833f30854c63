namespace Bluegreen.PulumiYaml.Evaluation;

/// <summary>
/// The cloud boundary of an evaluation, in the style of Pulumi.Testing's <c>IMocks</c>; meant to be driven by
/// Moq. Values are plain: string, double, bool, null, lists and string-keyed dictionaries; secrets unwrapped.
/// </summary>
public interface IPulumiMocks
{
    /// <summary>
    /// Called once per registered resource with its canonical type token (e.g. <c>aws:lb/listener:Listener</c>),
    /// its logical name (children of a component: <c>&lt;instance&gt;-&lt;key&gt;</c>) and its resolved inputs.
    /// Component instances are reported too; their outputs come from the component's <c>outputs:</c> and the
    /// returned state is ignored.
    /// </summary>
    MockResourceState? NewResource(string type, string name, IReadOnlyDictionary<string, object?> inputs);

    /// <summary>Called for each <c>fn::invoke</c> with the canonical function token and the resolved arguments.</summary>
    IReadOnlyDictionary<string, object?>? Call(string token, IReadOnlyDictionary<string, object?> args);
}

/// <summary>What the "cloud" answers for a new resource: its physical id and its output properties.</summary>
public sealed record MockResourceState(string Id, IReadOnlyDictionary<string, object?> Outputs);
