using System.Text.Json.Serialization;
using Bluegreen.Components;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines;

/// <summary>The result of bringing a whole stack to what its code describes.</summary>
internal sealed record UpResult(
    string Stack,
    EngineKind Engine,
    OperationResult Result,
    IReadOnlyList<ResourceChange> Changes,
    double DurationSeconds,
    string Message);

/// <summary>The result of a switch or a rollback.</summary>
/// <param name="Operation">"switch" or "rollback".</param>
/// <param name="TrafficChanges">The changes that moved traffic: listeners, listener rules, the active-color parameter.</param>
internal sealed record TrafficSwitchResult(
    string Stack,
    EngineKind Engine,
    string Operation,
    DeploymentColor From,
    DeploymentColor To,
    OperationResult Result,
    IReadOnlyList<ResourceChange> TrafficChanges,
    double DurationSeconds,
    string Message);

/// <summary>The result of giving the idle color a new version.</summary>
/// <param name="PreviousVersion">The color's version before; null when none was set.</param>
internal sealed record DeployResult(
    string Stack,
    EngineKind Engine,
    DeploymentColor Color,
    string Version,
    string? PreviousVersion,
    OperationResult Result,
    IReadOnlyList<ResourceChange> Changes,
    double DurationSeconds,
    string Message);

/// <summary>What is live now.</summary>
/// <param name="Versions">Version per color name ("blue", "green"); null where none is set.</param>
/// <param name="Outputs">Stack outputs as text; secrets read "[secret]".</param>
/// <param name="Details">
/// What the engine sees beyond versions and outputs, in its own shape (the local engine: phase, instances, replicas and
/// router counters per color); null when it has nothing more. Written to JSON as "local", as it always was.
/// </param>
internal sealed record StatusResult(
    string Stack,
    EngineKind Engine,
    DeploymentColor ActiveColor,
    DeploymentColor IdleColor,
    IReadOnlyDictionary<string, string?> Versions,
    IReadOnlyDictionary<string, string?> Outputs,
    [property: JsonPropertyName("local")] object? Details = null);

/// <summary>The result of stopping a stack.</summary>
/// <param name="Purged">State was removed as well.</param>
internal sealed record DownResult(string Stack, EngineKind Engine, bool Purged, string Message);
