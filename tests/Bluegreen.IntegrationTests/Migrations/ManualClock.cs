namespace Bluegreen.IntegrationTests.Migrations;

/// <summary>A clock the test moves by hand, so a 24 h soak passes instantly.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
