namespace Bluegreen.IntegrationTests.Processes;

/// <summary>Gives each test its own agent on a fresh state folder, shut down (and swept by pid) after the test.</summary>
public abstract class AgentTestBase(PublishedApps apps) : IAsyncLifetime
{
    private AgentHarness? _agent;

    protected PublishedApps Apps { get; } = apps;

    internal AgentHarness Agent => _agent ?? throw new InvalidOperationException("The agent starts in InitializeAsync.");

    public async Task InitializeAsync() => _agent = await AgentHarness.StartAsync(Apps);

    public async Task DisposeAsync()
    {
        if (_agent is not null)
        {
            await _agent.DisposeAsync();
        }
    }
}
