using System.Runtime.Versioning;
using Bluegreen.Components;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Local.Contracts.Os;
using Bluegreen.Tests.Common;

namespace Bluegreen.IntegrationTests.Postgres;

[SupportedOSPlatform("linux")]
public sealed class LocalDatabasePortChangeTests : IDisposable
{
    private readonly TestStateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EnsureAll_AfterThePortSettingChanged_MovesEveryServerAndKeepsTheData()
    {
        var oldPort = FreePorts.ForCluster();
        var before = Open(oldPort);
        LocalDatabaseCluster? after = null;
        try
        {
            await before.EnsureAllAsync(CancellationToken.None);
            await Sql.ExecuteAsync(before.ConnectionStrings().Primary, "create table moved as select generate_series(1, 20) as id");
            after = Open(FreePorts.ForCluster());

            await after.EnsureAllAsync(CancellationToken.None);

            var status = await after.ObserveAsync(CancellationToken.None);
            Assert.True(status.Primary.Running);
            foreach (var color in DeploymentColors.All)
            {
                Assert.True(status.Replica(color).Streaming);
                Assert.Equal(after.Layout.PrimaryPort, status.Replica(color).UpstreamPort);
                Assert.Equal(20, await Sql.RowCountAsync(after.ConnectionStrings().Replica(color), "moved"));
            }

            Assert.All(Enumerable.Range(oldPort, 3), port => Assert.True(PortProbe.IsFree(port), $"port {port} still taken"));
        }
        finally
        {
            await (after ?? before).PurgeAsync(CancellationToken.None);
        }
    }

    private LocalDatabaseCluster Open(int port) =>
        LocalDatabaseCluster.Open(new LocalDatabaseOptions { StateDirectory = _folder.StateDirectory, PrimaryPort = port });
}
