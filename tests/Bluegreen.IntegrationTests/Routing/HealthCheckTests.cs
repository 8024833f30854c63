using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.IntegrationTests.Routing;

/// <summary>Each test gets its own router and backends, since it kills some of them.</summary>
public sealed class HealthCheckTests : IAsyncLifetime
{
    private RouterWorld _world = null!;

    public async Task InitializeAsync() => _world = await RouterWorld.StartAsync();

    public Task DisposeAsync() => _world.DisposeAsync().AsTask();

    [Fact]
    public async Task KilledBackend_IsTakenOutOfRotation_ThenNoRequestFails_AndItReturnsWhenRestarted()
    {
        await _world.Admin.SwitchAsync(RouterColors.Blue);
        var victim = _world.Backend("web-blue-2");

        victim.KillHard();
        await _world.WaitUntilAsync(s => Health(s, "web-blue-2") == DestinationHealthNames.Unhealthy);
        var whileDown = await RepeatAsync(200);
        await victim.StartAsync();
        await _world.WaitUntilAsync(s => Health(s, "web-blue-2") == DestinationHealthNames.Healthy);
        var afterRestart = await RepeatAsync(60);

        Assert.All(whileDown, r => Assert.Equal((200, "web-blue-1"), (r.Status, r.Instance)));
        Assert.All(afterRestart, r => Assert.Equal(200, r.Status));
        Assert.Equal(["web-blue-1", "web-blue-2"], afterRestart.Select(r => r.Instance).Distinct().Order());
    }

    [Fact]
    public async Task ColorWithoutHealthyDestination_Answers503AtOnce_WhileTheOtherColorServes()
    {
        await _world.Admin.SwitchAsync(RouterColors.Blue);
        _world.Backend("web-green-1").KillHard();
        _world.Backend("web-green-2").KillHard();
        var before = await _world.WaitUntilAsync(s =>
            Health(s, "web-green-1") == DestinationHealthNames.Unhealthy && Health(s, "web-green-2") == DestinationHealthNames.Unhealthy);

        var test = await _world.GetAsync(RouterListeners.Test);
        var production = await _world.GetAsync(RouterListeners.Production);
        var after = await _world.Admin.StatusAsync();

        Assert.Equal((503, null), (test.Status, test.Color));
        Assert.Equal((200, RouterColors.Blue), (production.Status, production.Color));
        Assert.Equal(1, ServerErrors(after) - ServerErrors(before));
    }

    private static string Health(RouterStatus status, string instanceId) =>
        status.Destinations.Single(d => d.InstanceId == instanceId).Health;

    private static long ServerErrors(RouterStatus status) =>
        status.Traffic.Single(t => t.Listener == RouterListeners.Test && t.Color == RouterColors.Green).ServerErrors;

    private async Task<List<Reply>> RepeatAsync(int count)
    {
        var replies = new List<Reply>();
        for (var i = 0; i < count; i++)
        {
            replies.Add(await _world.GetAsync(RouterListeners.Production));
        }

        return replies;
    }
}
