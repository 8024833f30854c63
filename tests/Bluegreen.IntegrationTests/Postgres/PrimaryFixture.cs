using System.Runtime.Versioning;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Tests.Common;

namespace Bluegreen.IntegrationTests.Postgres;

/// <summary>A real PostgreSQL primary alone (no replicas), built from nothing once per test class and purged afterwards.</summary>
[SupportedOSPlatform("linux")]
public sealed class PrimaryFixture : IAsyncLifetime
{
    public TestStateFolder Folder { get; } = new();

    internal LocalDatabaseCluster Cluster { get; private set; } = null!;

    /// <summary>The app's connection string to the primary, as the local engine hands it to instances.</summary>
    public string Connection => Cluster.ConnectionStrings().Primary;

    public async Task InitializeAsync()
    {
        Cluster = LocalDatabaseCluster.Open(new LocalDatabaseOptions { StateDirectory = Folder.StateDirectory, PrimaryPort = FreePorts.ForCluster() });
        await Cluster.EnsurePrimaryAsync(CancellationToken.None);
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
