using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.IntegrationTests.Routing;

public sealed class RouterRestartTests : IAsyncLifetime
{
    private RouterWorld _world = null!;

    public async Task InitializeAsync() => _world = await RouterWorld.StartAsync(instancesPerColor: 1);

    public Task DisposeAsync() => _world.DisposeAsync().AsTask();

    [Fact]
    public async Task RouterKilledBetweenSwitches_ComesBackOnThePersistedColor()
    {
        await _world.Admin.SwitchAsync(RouterColors.Green);
        _world.Router!.KillHard();
        await _world.StartRouterAsync();
        var afterFirstKill = await ServedAsync();

        await _world.Admin.SwitchAsync(RouterColors.Blue);
        _world.Router!.KillHard();
        await _world.StartRouterAsync();
        var afterSecondKill = await ServedAsync();

        Assert.Equal((RouterColors.Green, RouterColors.Green, RouterColors.Blue), afterFirstKill);
        Assert.Equal((RouterColors.Blue, RouterColors.Blue, RouterColors.Green), afterSecondKill);
    }

    [Fact]
    public async Task RouterKilled_KeepsAnOperatorOverride()
    {
        await _world.Admin.SwitchAsync(RouterColors.Blue);
        await _world.Admin.OverrideListenerAsync(RouterListeners.Production, RouterColors.Green);

        _world.Router!.KillHard();
        await _world.StartRouterAsync();
        var status = await _world.Admin.StatusAsync();

        Assert.Equal(RouterColors.Blue, status.ServedColor);
        Assert.Equal(
            [(RouterListeners.Production, RouterColors.Green, true), (RouterListeners.Test, RouterColors.Green, false)],
            status.Listeners.Select(l => (l.Name, l.Color, l.Overridden)));
        Assert.Equal(RouterColors.Green, (await _world.GetAsync(RouterListeners.Production)).Color);
    }

    /// <returns>Status's served color, then the colors the production and test listeners answer with.</returns>
    private async Task<(string Served, string? Production, string? Test)> ServedAsync()
    {
        var status = await _world.Admin.StatusAsync();
        var production = await _world.GetAsync(RouterListeners.Production);
        var test = await _world.GetAsync(RouterListeners.Test);
        return (status.ServedColor, production.Color, test.Color);
    }
}
