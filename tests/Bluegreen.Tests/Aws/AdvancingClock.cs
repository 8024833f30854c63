namespace Bluegreen.Tests.Aws;

/// <summary>A clock that moves on by <see cref="Step"/> each time it is read, so waits that check the time run instantly.</summary>
internal sealed class AdvancingClock(TimeSpan step) : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now = Start;

    public TimeSpan Step { get; } = step;

    public override DateTimeOffset GetUtcNow()
    {
        var now = _now;
        _now += Step;
        return now;
    }
}
