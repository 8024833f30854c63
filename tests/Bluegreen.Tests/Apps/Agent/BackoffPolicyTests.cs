using System.Runtime.Versioning;
using Bluegreen.Agent.Supervision;

namespace Bluegreen.Tests.Apps.Agent;

[SupportedOSPlatform("linux")]
public class BackoffPolicyTests
{
    private static readonly BackoffPolicy Policy = BackoffPolicy.Default;

    [Fact]
    public void NextDelay_RepeatedCrashes_DoublesFrom100MsUpTo5Seconds()
    {
        var delays = new List<double>();
        TimeSpan? delay = null;
        for (var crash = 0; crash < 9; crash++)
        {
            delay = Policy.NextDelay(delay, TimeSpan.Zero);
            delays.Add(delay.Value.TotalMilliseconds);
        }

        Assert.Equal([100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000], delays);
    }

    [Fact]
    public void NextDelay_AfterTenHealthySeconds_StartsAgainAt100Ms()
    {
        var delay = Policy.NextDelay(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromMilliseconds(100), delay);
    }

    [Fact]
    public void NextDelay_HealthyForLessThanTenSeconds_KeepsDoubling()
    {
        var delay = Policy.NextDelay(TimeSpan.FromMilliseconds(800), TimeSpan.FromSeconds(9.9));

        Assert.Equal(TimeSpan.FromMilliseconds(1600), delay);
    }
}
