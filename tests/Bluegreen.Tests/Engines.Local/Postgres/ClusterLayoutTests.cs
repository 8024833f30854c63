using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Local.Postgres;

namespace Bluegreen.Tests.Engines.Local.Postgres;

public class ClusterLayoutTests
{
    [Fact]
    public void Create_PlacesEverythingUnderPgWithReplicasOnTheNextPorts()
    {
        var layout = ClusterLayout.Create("/srv/app/.bluegreen/dev", 54320);

        Assert.Equal("/srv/app/.bluegreen/dev/pg", layout.Root);
        Assert.Equal("/srv/app/.bluegreen/dev/pg/run", layout.RunDirectory);
        Assert.Equal("/srv/app/.bluegreen/dev/pg/password", layout.PasswordFile);
        Assert.Equal(new InstanceLayout("primary", "/srv/app/.bluegreen/dev/pg/primary", 54320, "/srv/app/.bluegreen/dev/pg/logs/primary.log"), layout.Primary);
        Assert.Equal(new InstanceLayout("replica-blue", "/srv/app/.bluegreen/dev/pg/replica-blue", 54321, "/srv/app/.bluegreen/dev/pg/logs/replica-blue.log"), layout.Replica(DeploymentColor.Blue));
        Assert.Equal(new InstanceLayout("replica-green", "/srv/app/.bluegreen/dev/pg/replica-green", 54322, "/srv/app/.bluegreen/dev/pg/logs/replica-green.log"), layout.Replica(DeploymentColor.Green));
        Assert.Equal("/srv/app/.bluegreen/dev/pg/replica-green.partial", layout.Replica(DeploymentColor.Green).PartialDirectory);
        Assert.Equal("/srv/app/.bluegreen/dev/pg/run/.s.PGSQL.54322", layout.SocketPath(54322));
        Assert.Equal("green_slot", ClusterLayout.SlotName(DeploymentColor.Green));
    }

    [Fact]
    public void Create_SocketPathOf107Bytes_IsAccepted()
    {
        // "/pg/run/.s.PGSQL.54322" is 22 bytes; the state folder takes the other 85.
        var state = "/" + new string('s', 84);

        var layout = ClusterLayout.Create(state, 54320);

        Assert.Equal(107, layout.SocketPath(54322).Length);
    }

    [Fact]
    public void Create_SocketPathOf108Bytes_FailsWithPathLengthAndFix()
    {
        var state = "/" + new string('s', 85);

        var failure = Assert.Throws<StackFailureException>(() => ClusterLayout.Create(state, 54320));

        Assert.Equal(StackError.StatePathTooLong, failure.Error);
        Assert.Equal(
            $"The PostgreSQL socket path {state}/pg/run/.s.PGSQL.54320 is 108 bytes; unix sockets allow at most 107. " +
            "Move the state folder somewhere shorter (it needs 1 bytes less), e.g. under /tmp or the home folder.",
            failure.Message);
    }

    [Fact]
    public void Create_CountsBytesNotCharacters()
    {
        // 42 two-byte characters: 43 characters but 85 bytes of state folder, so the socket path is 107 bytes.
        var fits = "/" + new string('é', 42);
        var tooLong = fits + "x";

        ClusterLayout.Create(fits, 54320);
        var failure = Assert.Throws<StackFailureException>(() => ClusterLayout.Create(tooLong, 54320));

        Assert.Equal(StackError.StatePathTooLong, failure.Error);
        Assert.Contains("is 108 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(65534)]
    public void Create_PortWithoutRoomForThreeServers_IsInvalidInput(int port)
    {
        var failure = Assert.Throws<StackFailureException>(() => ClusterLayout.Create("/srv/state", port));

        Assert.Equal(StackError.InvalidInput, failure.Error);
        Assert.StartsWith($"The PostgreSQL port {port} is out of range", failure.Message, StringComparison.Ordinal);
        Assert.Contains("localPostgresPort", failure.Message, StringComparison.Ordinal);
    }
}
