using Bluegreen.Engines.Local.Artifacts;
using Bluegreen.IntegrationTests.Processes;

namespace Bluegreen.IntegrationTests.LocalEngine;

/// <summary>The sample app, the agent and the router, published once per run before any stack is brought up.</summary>
public sealed class LocalEngineApps : IAsyncLifetime
{
    private readonly PublishedApps _apps = new();

    public string RepositoryRoot => _apps.RepositoryRoot;

    public async Task InitializeAsync()
    {
        await _apps.InitializeAsync();
        await new AppArtifacts(RepositoryRoot).ResolveAsync("router", null, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class LocalStacksCollection : ICollectionFixture<LocalEngineApps>
{
    /// <summary>Local stacks run one at a time: each has PostgreSQL, a router and several app processes on two shared cores.</summary>
    public const string Name = "local-stacks";
}
