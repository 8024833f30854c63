namespace Bluegreen.Router.Metrics;

/// <summary>Counters of one listener and color; every update is a single interlocked operation.</summary>
internal sealed class TrafficCell
{
    private long _requests;
    private long _serverErrors;
    private long _inFlight;

    public LatencyHistogram Latency { get; } = new();

    public long Requests => Volatile.Read(ref _requests);

    public long ServerErrors => Volatile.Read(ref _serverErrors);

    public long InFlight => Volatile.Read(ref _inFlight);

    public void Begin()
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _inFlight);
    }

    public void End(int statusCode, TimeSpan elapsed)
    {
        Interlocked.Decrement(ref _inFlight);
        if (statusCode >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }

        Latency.Record(elapsed);
    }
}
