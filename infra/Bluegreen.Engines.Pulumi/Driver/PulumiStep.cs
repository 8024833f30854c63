using System.Text.Json;

namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>
/// One engine step, read from a preview digest (<c>steps[]</c>) or an event stream (<c>resourcePreEvent.metadata</c>).
/// </summary>
/// <param name="Op">The step operation (<see cref="PulumiOps"/>).</param>
/// <param name="Old">The resource as recorded in state before the step; null for a create.</param>
/// <param name="New">The resource as the step leaves it: desired by the program, or read from the cloud by a refresh.</param>
/// <param name="DetailedDiff">Property path (<c>healthCheck.path</c>, <c>tags["Name"]</c>) to what changed there.</param>
/// <param name="DiffReasons">Top-level keys that changed, when no detailed diff was given.</param>
internal sealed record PulumiStep(
    string Op,
    PulumiUrn Urn,
    PulumiResourceState? Old,
    PulumiResourceState? New,
    IReadOnlyDictionary<string, PulumiPropertyDiff> DetailedDiff,
    IReadOnlyList<string> DiffReasons);

/// <summary>A resource's recorded shape: inputs the program gave, outputs the provider returned. Secrets read "[secret]".</summary>
internal sealed record PulumiResourceState(string Type, string? Parent, JsonElement? Inputs, JsonElement? Outputs);

/// <param name="Kind">add, add-replace, delete, delete-replace, update or update-replace.</param>
/// <param name="InputDiff">True when old and new inputs differ, false when old outputs differ from new inputs.</param>
internal sealed record PulumiPropertyDiff(string Kind, bool InputDiff);

/// <param name="Severity">info, info#err, warning or error.</param>
internal sealed record PulumiDiagnostic(string? Urn, string Message, string Severity)
{
    public bool IsError => Severity == "error";
}

/// <summary>Step operation names as the engine prints them.</summary>
internal static class PulumiOps
{
    public const string Same = "same";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Read = "read";
    public const string Refresh = "refresh";

    private static readonly HashSet<string> Unchanged = [Same, Read, Refresh, "read-replacement", "discard", "discard-replaced"];

    /// <summary>True when the step creates, updates, replaces or deletes something.</summary>
    public static bool Changes(string op) => !Unchanged.Contains(op);
}
