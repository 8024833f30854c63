using Bluegreen.Engines.Local.Artifacts;

namespace Bluegreen.IntegrationTests.Processes;

/// <summary>The sample app and the agent, published once per test run through <see cref="AppArtifacts"/> itself.</summary>
public sealed class PublishedApps : IAsyncLifetime
{
    public string RepositoryRoot { get; } = FindRepositoryRoot();

    public string SampleDll { get; private set; } = "";

    public string AgentDll { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var artifacts = new AppArtifacts(RepositoryRoot);
        SampleDll = await artifacts.ResolveAsync("sample", null, CancellationToken.None);
        AgentDll = await artifacts.ResolveAsync("agent", null, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Infra.sln above {AppContext.BaseDirectory}.");
    }
}

[CollectionDefinition(Name)]
public sealed class ProcessesCollection : ICollectionFixture<PublishedApps>
{
    /// <summary>One collection: these tests start real processes and share two cores, so they run one at a time.</summary>
    public const string Name = "processes";
}
