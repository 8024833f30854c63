using Bluegreen.Engines.Local.Artifacts;
using Bluegreen.Tests.Common;

namespace Bluegreen.IntegrationTests.Processes;

/// <summary>The sample app and the agent, published once per test run through <see cref="AppArtifacts"/> itself.</summary>
public sealed class PublishedApps : IAsyncLifetime
{
    public string RepositoryRoot => Bluegreen.Tests.Common.RepositoryRoot.Path;

    public string SampleDll { get; private set; } = "";

    public string AgentDll { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var artifacts = new AppArtifacts(RepositoryRoot);
        SampleDll = await artifacts.ResolveAsync("sample", null, CancellationToken.None);
        AgentDll = await artifacts.ResolveAsync("agent", null, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class ProcessesCollection : ICollectionFixture<PublishedApps>
{
    /// <summary>One collection: these tests start real processes and share two cores, so they run one at a time.</summary>
    public const string Name = "processes";
}
