namespace Bluegreen.Tests.Release;

/// <summary>A clock that moves only when told; wall time and timestamps move together.</summary>
internal sealed class ManualClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private TimeSpan _elapsed;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _elapsed.Ticks;

    public override DateTimeOffset GetUtcNow() => Start + _elapsed;

    public void Advance(TimeSpan by) => _elapsed += by;
}
