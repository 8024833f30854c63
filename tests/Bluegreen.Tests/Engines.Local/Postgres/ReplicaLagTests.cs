using Bluegreen.Engines.Local.Postgres;

namespace Bluegreen.Tests.Engines.Local.Postgres;

public class ReplicaLagTests
{
    [Fact]
    public void From_CaughtUp_IsZeroBytesAndZeroSecondsWhateverPostgreSqlLastMeasured()
    {
        Assert.Equal(new ReplicaLag(0, 0), ReplicaLag.From(5000, 5000, 0.4));
        Assert.Equal(new ReplicaLag(0, 0), ReplicaLag.From(5000, 5000, null));
    }

    [Fact]
    public void From_ReplayedPastTheObservedPrimaryPosition_IsNoLag()
    {
        Assert.Equal(new ReplicaLag(0, 0), ReplicaLag.From(5000, 5200, 0.01));
    }

    [Fact]
    public void From_Behind_GivesTheMissingBytesAndTheMeasuredDelay()
    {
        Assert.Equal(new ReplicaLag(1200, 0.25), ReplicaLag.From(6200, 5000, 0.25));
    }

    [Fact]
    public void From_BehindWithoutAMeasurement_HasUnknownSeconds()
    {
        Assert.Equal(new ReplicaLag(1200, null), ReplicaLag.From(6200, 5000, null));
    }
}
