namespace Bluegreen.Engines;

/// <summary>One line of a stack's operations log.</summary>
/// <param name="Operation">up, switch, rollback, deploy, drift, drill, down.</param>
/// <param name="From">The color live before a switch or rollback.</param>
/// <param name="To">The color live after a switch or rollback; the drilled color for a drill.</param>
/// <param name="Result">succeeded, unchanged, refused, failed, or a drift status.</param>
/// <param name="Durations">Seconds per phase or step, e.g. {"up": 41.2}.</param>
/// <param name="Color">The color an operation worked on, when it is not a switch (deploy: the idle color).</param>
/// <param name="Version">The version a deploy set.</param>
internal sealed record OperationRecord(
    DateTimeOffset Time,
    string Operation,
    string Stack,
    string? From,
    string? To,
    string Result,
    IReadOnlyDictionary<string, double>? Durations = null,
    string? Color = null,
    string? Version = null,
    string? Detail = null);
