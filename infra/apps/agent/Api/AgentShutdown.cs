namespace Bluegreen.Agent.Api;

/// <summary>
/// Tells a shutdown asked for through the API (processes already stopped, state cleared) from a signal to the agent
/// (processes left running for the next agent to adopt).
/// </summary>
internal sealed class AgentShutdown(IHostApplicationLifetime lifetime)
{
    private volatile bool _requested;

    public bool Requested => _requested;

    public void Request()
    {
        _requested = true;
        lifetime.StopApplication();
    }
}
