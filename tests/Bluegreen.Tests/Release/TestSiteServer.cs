using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bluegreen.Tests.Release;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port chosen by the system) playing the idle color behind the test
/// listener: /health answers "ok", /flaky answers 503 on every second request, /slow takes 2 s, anything else 404.
/// </summary>
internal sealed class TestSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _flakyCalls;

    private TestSiteServer(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public static async Task<TestSiteServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new TestSiteServer(builder.Build());
        server._app.MapGet("/health", () => "ok");
        server._app.MapGet("/flaky", () => Interlocked.Increment(ref server._flakyCalls) % 2 == 0 ? Results.StatusCode(503) : Results.Text("ok"));
        server._app.MapGet("/slow", async (CancellationToken cancel) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancel);
            return "late";
        });
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Url = new Uri(address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
