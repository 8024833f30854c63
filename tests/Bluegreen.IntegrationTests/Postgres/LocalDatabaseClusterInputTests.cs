using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Tests.Common;

namespace Bluegreen.IntegrationTests.Postgres;

/// <summary>Bad input fails with a named exit code and a message that says how to fix it, before anything is created.</summary>
[SupportedOSPlatform("linux")]
public sealed class LocalDatabaseClusterInputTests : IDisposable
{
    private readonly TestStateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_StatePathTooLongForTheSocket_FailsAndCreatesNothing()
    {
        var state = Path.Combine(_folder.Path, new string('d', 90));

        var failure = Assert.Throws<StackFailureException>(() => Open(state, 54320));

        Assert.Equal(StackError.StatePathTooLong, failure.Error);
        var socket = $"{state}/pg/run/.s.PGSQL.54320";
        Assert.StartsWith($"The PostgreSQL socket path {socket} is {socket.Length} bytes; unix sockets allow at most 107.", failure.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task EnsurePrimary_PortTaken_FailsBeforeInitdb()
    {
        var port = FreePorts.ForCluster();
        using var taken = Occupy(port);
        var cluster = Open(_folder.StateDirectory, port);

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => cluster.EnsurePrimaryAsync(CancellationToken.None));

        Assert.Equal(StackError.PortInUse, failure.Error);
        Assert.Equal(
            $"Port {port} on 127.0.0.1, needed by the local PostgreSQL primary, is taken by another process. " +
            "Stop that process, or set localPostgresPort to another port (the primary uses it, the replicas the next two).",
            failure.Message);
        Assert.False(Directory.Exists(cluster.Layout.Root));
    }

    [Fact]
    public async Task EnsureAll_ReplicaPortTaken_FailsForThatReplicaWithoutBuildingIt()
    {
        var port = FreePorts.ForCluster();
        using var taken = Occupy(port + 2);
        var cluster = Open(_folder.StateDirectory, port);
        try
        {
            var failure = await Assert.ThrowsAsync<StackFailureException>(() => cluster.EnsureAllAsync(CancellationToken.None));

            Assert.Equal(StackError.PortInUse, failure.Error);
            Assert.StartsWith($"Port {port + 2} on 127.0.0.1, needed by the local PostgreSQL replica-green, is taken", failure.Message, StringComparison.Ordinal);
            var status = await cluster.ObserveAsync(CancellationToken.None);
            Assert.True(status.Primary.Running);
            Assert.False(status.Replica(DeploymentColor.Green).Instance.Initialized);
            Assert.False(status.Replica(DeploymentColor.Green).SlotExists);
        }
        finally
        {
            await cluster.PurgeAsync(CancellationToken.None);
        }
    }

    [RootOnlyFact]
    public async Task EnsurePrimary_ParentFolderClosedToTheServerUser_NamesTheFolderAndTheFix()
    {
        using var closed = new TestStateFolder(traversable: false);
        var cluster = Open(closed.StateDirectory, FreePorts.ForCluster());

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => cluster.EnsurePrimaryAsync(CancellationToken.None));

        Assert.Equal(StackError.InvalidInput, failure.Error);
        Assert.Equal(
            $"PostgreSQL runs as the user 'postgres', which cannot enter {closed.Path} (mode 0700), a parent of {cluster.Layout.Root}. " +
            $"Choose a state folder outside it, or let other users pass through it: chmod o+x {closed.Path}",
            failure.Message);
        Assert.False(Directory.Exists(closed.StateDirectory));
    }

    private static LocalDatabaseCluster Open(string stateDirectory, int port) =>
        LocalDatabaseCluster.Open(new LocalDatabaseOptions { StateDirectory = stateDirectory, PrimaryPort = port });

    private static TcpListener Occupy(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return listener;
    }
}
