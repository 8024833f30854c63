namespace Bluegreen.Local.Contracts.Agent;

/// <summary>
/// The agent's <c>endpoint.json</c> (mode 0600): where its control API listens and the bearer token it requires.
/// Written once the API answers; removed when the agent shuts down.
/// </summary>
internal sealed record AgentEndpoint
{
    /// <summary>e.g. "http://127.0.0.1:41234".</summary>
    public required string Url { get; init; }

    public required string Token { get; init; }

    public required int Pid { get; init; }

    public required DateTimeOffset StartedAt { get; init; }
}

/// <summary>The answer of <c>GET /ping</c>: which agent answered.</summary>
internal sealed record AgentPing
{
    public required int Pid { get; init; }

    public required DateTimeOffset StartedAt { get; init; }
}

/// <summary>The body of every 4xx/5xx answer of the control API.</summary>
internal sealed record AgentError
{
    public required string Error { get; init; }

    public IReadOnlyList<string> Details { get; init; } = [];
}
