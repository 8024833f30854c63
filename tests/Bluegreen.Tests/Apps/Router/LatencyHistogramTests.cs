using Bluegreen.Router.Metrics;

namespace Bluegreen.Tests.Apps.Router;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Percentile_Empty_IsZero()
    {
        Assert.Equal(0, new LatencyHistogram().PercentileMicroseconds(0.99));
    }

    [Fact]
    public void Percentile_BelowThirtyTwoMicroseconds_IsExact()
    {
        var histogram = new LatencyHistogram();
        for (var us = 1; us <= 20; us++)
        {
            histogram.Record(us);
        }

        Assert.Equal((10, 20, 1), (histogram.PercentileMicroseconds(0.50), histogram.PercentileMicroseconds(0.99), histogram.PercentileMicroseconds(0)));
    }

    [Fact]
    public void Percentile_LargeValues_ReportTheTopOfTheirBucket()
    {
        var histogram = new LatencyHistogram();
        for (var i = 0; i < 98; i++)
        {
            histogram.Record(TimeSpan.FromMicroseconds(500));
        }

        histogram.Record(TimeSpan.FromMilliseconds(3));
        histogram.Record(TimeSpan.FromMinutes(5));

        // 500 µs lies in [496, 511], 3,000 µs in [2,944, 3,071]; 5 minutes is capped at 2^26 - 1 µs.
        Assert.Equal(511, histogram.PercentileMicroseconds(0.50));
        Assert.Equal(3071, histogram.PercentileMicroseconds(0.99));
        Assert.Equal((1L << 26) - 1, histogram.PercentileMicroseconds(1.0));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(31, 31, 31)]
    [InlineData(32, 32, 33)]
    [InlineData(63, 47, 63)]
    [InlineData(64, 48, 67)]
    [InlineData(1000, 111, 1023)]
    public void BucketIndex_AndTop_AreLogLinear(long microseconds, int index, long top)
    {
        Assert.Equal(index, LatencyHistogram.BucketIndex(microseconds));
        Assert.Equal(top, LatencyHistogram.BucketTop(index));
    }
}
