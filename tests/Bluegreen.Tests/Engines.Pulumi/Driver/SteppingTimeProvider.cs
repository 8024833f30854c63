namespace Bluegreen.Tests.Engines.Pulumi.Driver;

/// <summary>
/// A clock for duration assertions: the wall clock stays at <see cref="Now"/>, and every timestamp reading moves
/// time on by one second, so a span measured between two readings is exactly one second.
/// </summary>
internal sealed class SteppingTimeProvider : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private long _seconds;

    public override long TimestampFrequency => 1;

    public override long GetTimestamp() => ++_seconds;

    public override DateTimeOffset GetUtcNow() => Now;
}
