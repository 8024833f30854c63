namespace Bluegreen.Local.Contracts.Routing;

/// <summary>Body of <c>POST /admin/switch</c>.</summary>
public sealed record SwitchRequest
{
    /// <summary>"blue" or "green": the color the production listener serves afterwards.</summary>
    public required string To { get; init; }

    /// <summary>When set, the switch happens only if this color is being served; otherwise 409 and nothing changes.</summary>
    /// <remarks>Left out, the switch happens whatever is served.</remarks>
    public string? ExpectedFrom { get; init; }
}

/// <summary>Answer of <c>POST /admin/switch</c>; by then <c>served-color</c> is on disk and every new request follows it.</summary>
public sealed record SwitchResult
{
    public required string From { get; init; }

    public required string To { get; init; }

    /// <summary>False when <see cref="To"/> was already served and no listener was overridden: nothing changed.</summary>
    public required bool Changed { get; init; }

    public required DateTimeOffset SwitchedAt { get; init; }
}

/// <summary>Body of <c>POST /admin/listener</c>: an operator override that points one listener at a color.</summary>
public sealed record ListenerOverrideRequest
{
    /// <summary>"production" or "test".</summary>
    public required string Listener { get; init; }

    /// <summary>"blue" or "green"; null removes the override so the listener follows the served color again.</summary>
    public string? Color { get; init; }
}

/// <summary>Answer of <c>PUT /admin/snapshot</c>.</summary>
public sealed record SnapshotResult
{
    public required long Version { get; init; }

    public required int Routes { get; init; }

    public required int Destinations { get; init; }
}

/// <summary>Body of every 4xx/5xx answer of the admin endpoint.</summary>
public sealed record AdminError
{
    public required string Error { get; init; }

    /// <summary>Every individual problem, e.g. each invalid field of a snapshot; empty when the error says it all.</summary>
    public required IReadOnlyList<string> Details { get; init; }
}
