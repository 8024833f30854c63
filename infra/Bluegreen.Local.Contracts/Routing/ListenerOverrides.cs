using System.Text.Json.Serialization;

namespace Bluegreen.Local.Contracts.Routing;

/// <summary>Content of <c>listener-overrides.json</c>: listeners an operator pointed at a color explicitly.</summary>
public sealed record ListenerOverrides
{
    /// <summary>Color the production listener serves instead of the served color; null when it follows it.</summary>
    public string? Production { get; init; }

    /// <summary>Color the test listener serves instead of the other color; null when it follows the served color.</summary>
    public string? Test { get; init; }

    public static ListenerOverrides None { get; } = new();

    [JsonIgnore]
    public bool IsEmpty => Production is null && Test is null;
}
