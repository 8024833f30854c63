namespace Bluegreen.Local.Contracts.Agent;

/// <summary>
/// One process the agent keeps running. Part of an immutable desired set: the agent restarts a process whose
/// spec changed and leaves one whose spec is unchanged.
/// </summary>
internal sealed record ProcessSpec
{
    /// <summary>Unique in the set, e.g. "web-blue-1": lower-case letters, digits and dashes.</summary>
    public required string Id { get; init; }

    /// <summary>The program: an absolute path, or a name looked up on PATH such as "dotnet".</summary>
    public required string FileName { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Absolute folder the process starts in.</summary>
    /// <remarks>Left out, the process starts in the agent's state folder.</remarks>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables added to (or replacing) the agent's own environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Absolute path; standard output and error are appended to it.</summary>
    public required string LogFile { get; init; }

    /// <summary>Absolute URL probed about every 500 ms; a 2xx answer means healthy.</summary>
    /// <remarks>Left out, the process counts as healthy as long as it runs.</remarks>
    public string? HealthUrl { get; init; }

    /// <summary>The 127.0.0.1 port the process listens on. The agent checks it is free before each start.</summary>
    /// <remarks>Left out, no port is checked or reported.</remarks>
    public int? Port { get; init; }

    /// <remarks>Left out, all labels are empty.</remarks>
    public ProcessLabels Labels { get; init; } = new();
}

/// <summary>Which part of the topology a process plays; the agent only reports these.</summary>
internal sealed record ProcessLabels
{
    /// <summary>Service name, e.g. "web" or "worker", or "router".</summary>
    public string Service { get; init; } = "";

    /// <summary>"blue", "green", or empty for shared processes such as the router.</summary>
    public string Color { get; init; } = "";

    /// <summary>e.g. "web", "worker", "router".</summary>
    public string Role { get; init; } = "";
}
