namespace Bluegreen.IntegrationTests.Routing;

/// <summary>One router with two backends per color, shared by the tests of a class.</summary>
public sealed class RouterWorldFixture : IAsyncLifetime
{
    private RouterWorld? _world;

    internal RouterWorld World => _world ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _world = await RouterWorld.StartAsync();

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}
