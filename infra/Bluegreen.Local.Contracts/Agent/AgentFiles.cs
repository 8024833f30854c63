namespace Bluegreen.Local.Contracts.Agent;

/// <summary>The agent's files inside a stack's state folder, under <c>agent/</c>.</summary>
internal sealed record AgentFiles(string StateDirectory)
{
    public string Directory => Path.Combine(StateDirectory, "agent");

    /// <summary><see cref="AgentEndpoint"/>, mode 0600.</summary>
    public string Endpoint => Path.Combine(Directory, "endpoint.json");

    /// <summary>The last desired set accepted, restored by a restarted agent.</summary>
    public string Desired => Path.Combine(Directory, "desired.json");

    /// <summary>Pids and kernel start times of the processes the agent launched, for adoption after a crash.</summary>
    public string Pids => Path.Combine(Directory, "pids.json");

    /// <summary>Held locked by the running agent, so only one agent supervises a state folder.</summary>
    public string Lock => Path.Combine(Directory, "agent.lock");

    /// <summary>The agent's own output when started by the launcher.</summary>
    public string Log => Path.Combine(Directory, "agent.log");
}
