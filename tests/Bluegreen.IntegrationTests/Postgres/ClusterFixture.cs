using System.Runtime.Versioning;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Tests.Common;

namespace Bluegreen.IntegrationTests.Postgres;

/// <summary>A real local cluster (primary and both replicas) built from nothing once per test class, purged afterwards.</summary>
[SupportedOSPlatform("linux")]
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestStateFolder Folder { get; } = new();

    internal LocalDatabaseCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = LocalDatabaseCluster.Open(new LocalDatabaseOptions { StateDirectory = Folder.StateDirectory, PrimaryPort = FreePorts.ForCluster() });
        await Cluster.EnsureAllAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Cluster.PurgeAsync(CancellationToken.None);
        }
        finally
        {
            Folder.Dispose();
        }
    }
}
