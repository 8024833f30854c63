namespace Bluegreen.Local.Contracts.Agent;

/// <summary>Where a supervised process is in its life. Serialized in kebab case ("backing-off").</summary>
internal enum ProcessState
{
    /// <summary>Launched; its health check has not answered yet.</summary>
    Starting,

    /// <summary>Alive, but its health check fails after having passed.</summary>
    Running,

    /// <summary>Alive and its health check passes (or it has none).</summary>
    Healthy,

    /// <summary>Exited or could not start; the next attempt is at <see cref="ProcessStatus.NextStartAt"/>.</summary>
    BackingOff,

    /// <summary>Stopped on purpose: removed from the desired set, changed, or the agent shut down.</summary>
    Stopped,

    /// <summary>Cannot start until its spec changes, e.g. the program does not exist. See <see cref="ProcessStatus.Error"/>.</summary>
    Failed,
}

/// <summary>What the agent observes about one process of the desired set.</summary>
internal sealed record ProcessStatus
{
    public required string Id { get; init; }

    public required ProcessLabels Labels { get; init; }

    /// <summary>Identifies the spec this status is for; equal specs have equal fingerprints.</summary>
    public required string Fingerprint { get; init; }

    public required ProcessState State { get; init; }

    /// <summary>The current process, or null while none runs.</summary>
    public int? Pid { get; init; }

    public int? Port { get; init; }

    public bool Healthy { get; init; }

    /// <summary>Start attempts after the first one.</summary>
    public int Restarts { get; init; }

    /// <summary>When the agent launched the current process, or adopted it from a previous agent run.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Null for a process adopted from a previous agent: only the parent can read an exit code.</summary>
    public int? LastExitCode { get; init; }

    public DateTimeOffset? LastExitAt { get; init; }

    /// <summary>When the next start attempt is due while backing off.</summary>
    public DateTimeOffset? NextStartAt { get; init; }

    /// <summary>Why the process is backing off or failed, in words that say what to fix.</summary>
    public string? Error { get; init; }
}

/// <summary>The answer of <c>GET /processes</c>: the agent itself and every process of the desired set.</summary>
internal sealed record ObservedProcessSet
{
    public required int AgentPid { get; init; }

    public required DateTimeOffset AgentStartedAt { get; init; }

    public required IReadOnlyList<ProcessStatus> Processes { get; init; }
}
