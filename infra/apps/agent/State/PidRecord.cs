namespace Bluegreen.Agent.State;

/// <summary>One line of <c>pids.json</c>: a process the agent launched, to adopt or clean up after an agent crash.</summary>
internal sealed record PidRecord
{
    public required string Id { get; init; }

    public required int Pid { get; init; }

    /// <summary>Kernel start time (clock ticks since boot) from <c>/proc/&lt;pid&gt;/stat</c>; guards against pid reuse.</summary>
    public required ulong StartTime { get; init; }

    public required string Fingerprint { get; init; }
}
