using System.Diagnostics;
using System.Runtime.Versioning;
using Bluegreen.Components;
using Bluegreen.Engines.Local.Postgres;
using Npgsql;

namespace Bluegreen.IntegrationTests.Postgres;

/// <summary>One real cluster per class; every test first ensures it whole, since another test may have changed it.</summary>
[SupportedOSPlatform("linux")]
public sealed class LocalDatabaseClusterTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private LocalDatabaseCluster Cluster => fixture.Cluster;

    private ClusterLayout Layout => fixture.Cluster.Layout;

    [Fact]
    public async Task EnsureAll_FromNothing_BothReplicasStreamFromThePrimaryAndShowItsWrites()
    {
        await Cluster.EnsureAllAsync(CancellationToken.None);
        var connections = Cluster.ConnectionStrings();

        await Sql.ExecuteAsync(connections.Primary, "create table visible(id int); insert into visible values (42)");

        foreach (var color in DeploymentColors.All)
        {
            Assert.True(await Sql.EventuallyAsync(async () => await Sql.RowCountAsync(connections.Replica(color), "visible") == 1), $"row not on {color}");
        }

        var status = await Cluster.ObserveAsync(CancellationToken.None);
        Assert.True(status.Primary.Running);
        Assert.Equal(Layout.PrimaryPort, status.Primary.Port);
        foreach (var color in DeploymentColors.All)
        {
            var replica = status.Replica(color);
            Assert.True(replica.Instance.Running);
            Assert.True(replica.Streaming);
            Assert.Equal(Layout.Replica(color).Port, replica.Instance.Port);
            Assert.Equal(Layout.PrimaryPort, replica.UpstreamPort);
            Assert.True(replica.UpstreamIsPrimary);
            Assert.True(replica.SlotExists);
        }
    }

    [Fact]
    public async Task Observe_ReplicasCaughtUp_ReportZeroLag()
    {
        await Cluster.EnsureAllAsync(CancellationToken.None);
        await Sql.ExecuteAsync(Cluster.ConnectionStrings().Primary, "create table lagging as select generate_series(1, 10000) as id");

        var caughtUp = await Sql.EventuallyAsync(async () =>
            (await Cluster.ObserveAsync(CancellationToken.None)).Replicas.All(replica => replica.ReplayLagBytes == 0));

        Assert.True(caughtUp);
        var status = await Cluster.ObserveAsync(CancellationToken.None);
        Assert.All(status.Replicas, replica => Assert.Equal(0, replica.ReplayLagSeconds));
    }

    [Fact]
    public async Task Replica_Write_IsRefusedAsReadOnly()
    {
        await Cluster.EnsureAllAsync(CancellationToken.None);

        var failure = await Assert.ThrowsAsync<PostgresException>(() =>
            Sql.ExecuteAsync(Cluster.ConnectionStrings().Replica(DeploymentColor.Blue), "create table not_here(id int)"));

        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, failure.SqlState);
    }

    [Fact]
    public async Task AppConnection_WrongPassword_IsRefused()
    {
        await Cluster.EnsureAllAsync(CancellationToken.None);
        var wrong = new NpgsqlConnectionStringBuilder(Cluster.ConnectionStrings().Primary) { Password = "not-the-password" }.ConnectionString;

        var failure = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(wrong, "select 1"));

        Assert.Equal(PostgresErrorCodes.InvalidPassword, failure.SqlState);
    }

    [Fact]
    public async Task DropReplica_ThenEnsure_RebuildsItWithTheDataAndAFreshSlot()
    {
        await Cluster.EnsureAllAsync(CancellationToken.None);
        var connections = Cluster.ConnectionStrings();
        await Sql.ExecuteAsync(connections.Primary, "create table drilled as select generate_series(1, 5000) as id");

        await Cluster.DropReplicaAsync(DeploymentColor.Blue, CancellationToken.None);

        var dropped = await Cluster.ObserveAsync(CancellationToken.None);
        Assert.False(dropped.Replica(DeploymentColor.Blue).Instance.Initialized);
        Assert.False(dropped.Replica(DeploymentColor.Blue).Instance.Running);
        Assert.False(dropped.Replica(DeploymentColor.Blue).SlotExists);
        Assert.True(dropped.Replica(DeploymentColor.Green).SlotExists);
        Assert.False(Directory.Exists(Layout.Replica(DeploymentColor.Blue).DataDirectory));

        await Cluster.EnsureReplicaAsync(DeploymentColor.Blue, CancellationToken.None);

        var rebuilt = await Cluster.ObserveAsync(CancellationToken.None);
        Assert.True(rebuilt.Replica(DeploymentColor.Blue).Streaming);
        Assert.True(rebuilt.Replica(DeploymentColor.Blue).SlotExists);
        Assert.Equal(5000, await Sql.RowCountAsync(connections.Replica(DeploymentColor.Blue), "drilled"));
    }

    [Fact]
    public async Task EnsureReplica_AfterAHalfBuiltAttempt_RemovesTheLeftoversAndBuildsAgain()
    {
        await Cluster.EnsureAllAsync(CancellationToken.None);
        await Cluster.DropReplicaAsync(DeploymentColor.Green, CancellationToken.None);
        var green = Layout.Replica(DeploymentColor.Green);
        Directory.CreateDirectory(green.PartialDirectory);
        await File.WriteAllTextAsync(Path.Combine(green.PartialDirectory, "PG_VERSION"), "15");
        await Sql.ExecuteAsync(DatabaseConnectionStrings.Admin(Layout, Layout.Primary), "select pg_create_physical_replication_slot('green_slot')");

        await Cluster.EnsureReplicaAsync(DeploymentColor.Green, CancellationToken.None);

        Assert.True((await Cluster.ObserveAsync(CancellationToken.None)).Replica(DeploymentColor.Green).Streaming);
        Assert.False(Directory.Exists(green.PartialDirectory));
    }

    [Fact]
    public async Task EnsureAll_WhenEverythingRuns_RestartsNothing()
    {
        await Cluster.EnsureAllAsync(CancellationToken.None);
        var before = Pids(await Cluster.ObserveAsync(CancellationToken.None));

        await Cluster.EnsureAllAsync(CancellationToken.None);

        Assert.Equal(before, Pids(await Cluster.ObserveAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task StopAll_ThenStartAll_KeepsTheData()
    {
        await Cluster.EnsureAllAsync(CancellationToken.None);
        var connections = Cluster.ConnectionStrings();
        await Sql.ExecuteAsync(connections.Primary, "create table kept as select generate_series(1, 300) as id");
        var before = Pids(await Cluster.ObserveAsync(CancellationToken.None));

        await Cluster.StopAllAsync(CancellationToken.None);

        var stopped = await Cluster.ObserveAsync(CancellationToken.None);
        Assert.False(stopped.Primary.Running);
        Assert.All(stopped.Replicas, replica => Assert.False(replica.Instance.Running));
        Assert.All(Layout.All, instance => Assert.False(File.Exists(Path.Combine(instance.DataDirectory, "postmaster.pid"))));

        await Cluster.StartAllAsync(CancellationToken.None);

        var started = await Cluster.ObserveAsync(CancellationToken.None);
        Assert.All(started.Replicas, replica => Assert.True(replica.Streaming));
        Assert.All(Pids(started).Zip(before), pair => Assert.NotEqual(pair.Second, pair.First));
        Assert.Equal(300, await Sql.RowCountAsync(connections.Primary, "kept"));
        foreach (var color in DeploymentColors.All)
        {
            Assert.True(await Sql.EventuallyAsync(async () => await Sql.RowCountAsync(connections.Replica(color), "kept") == 300));
        }
    }

    [Fact]
    public async Task Observe_StoppedReplica_IsNeitherRunningNorStreamingButKeepsItsSlot()
    {
        await Cluster.EnsureAllAsync(CancellationToken.None);
        var servers = new ServerProcesses(PostgresInstallation.Locate(), ServerAccount.Detect(), CommandRunner.Instance, TimeSpan.FromSeconds(30));

        await servers.StopAsync(Layout.Replica(DeploymentColor.Green), CancellationToken.None);

        var status = await Cluster.ObserveAsync(CancellationToken.None);
        var green = status.Replica(DeploymentColor.Green);
        Assert.True(green.Instance.Initialized);
        Assert.False(green.Instance.Running);
        Assert.Null(green.Instance.Pid);
        Assert.False(green.Streaming);
        Assert.Null(green.ReplayLagBytes);
        Assert.Null(green.ReplayLagSeconds);
        Assert.True(green.SlotExists);
        Assert.True(green.UpstreamIsPrimary);
        Assert.True(status.Replica(DeploymentColor.Blue).Streaming);
    }

    [Fact]
    public async Task EnsureAll_AfterAReplicaWasKilled_StartsItAgainDespiteItsStalePidFile()
    {
        await Cluster.EnsureAllAsync(CancellationToken.None);
        var blue = Layout.Replica(DeploymentColor.Blue);
        var pid = (await Cluster.ObserveAsync(CancellationToken.None)).Replica(DeploymentColor.Blue).Instance.Pid!.Value;

        using (var process = Process.GetProcessById(pid))
        {
            process.Kill();
        }

        Assert.True(await Sql.EventuallyAsync(async () => !(await Cluster.ObserveAsync(CancellationToken.None)).Replica(DeploymentColor.Blue).Instance.Running));
        Assert.True(File.Exists(Path.Combine(blue.DataDirectory, "postmaster.pid")));

        await Cluster.EnsureAllAsync(CancellationToken.None);

        var status = await Cluster.ObserveAsync(CancellationToken.None);
        Assert.True(status.Replica(DeploymentColor.Blue).Streaming);
        Assert.NotEqual(pid, status.Replica(DeploymentColor.Blue).Instance.Pid);
    }

    private static List<int?> Pids(LocalDatabaseStatus status) =>
        [status.Primary.Pid, .. status.Replicas.Select(replica => replica.Instance.Pid)];
}
