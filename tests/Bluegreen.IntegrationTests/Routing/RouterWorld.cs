using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Tests.Common;

namespace Bluegreen.IntegrationTests.Routing;

/// <summary>
/// A router in a temporary state folder with backend processes per color, all on free loopback ports. Everything
/// it started is killed and the folder deleted on dispose.
/// </summary>
internal sealed class RouterWorld : IAsyncDisposable
{
    private readonly string _root;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };

    private RouterWorld(string root, RouterSnapshot snapshot, IReadOnlyList<BackendProcess> backends)
    {
        _root = root;
        Snapshot = snapshot;
        Backends = backends;
        StateDirectory = Path.Combine(root, "router");
        Directory.CreateDirectory(StateDirectory);
        AdminTokenFile.ReadOrCreate(StateDirectory);
        Admin = RouterAdminClient.ForStateDirectory(StateDirectory, snapshot.AdminPort);
    }

    public RouterSnapshot Snapshot { get; }

    public IReadOnlyList<BackendProcess> Backends { get; }

    public string StateDirectory { get; }

    public RouterAdminClient Admin { get; }

    public RouterProcess? Router { get; private set; }

    /// <summary>Backends start in parallel; the router starts once they answer.</summary>
    public static async Task<RouterWorld> StartAsync(int instancesPerColor = 2)
    {
        var world = Create(instancesPerColor);
        await Task.WhenAll(world.Backends.Select(b => b.StartAsync()));
        File.WriteAllText(Path.Combine(world.StateDirectory, RouterStateFiles.Snapshot), RouterSnapshotJson.Serialize(world.Snapshot));
        await world.StartRouterAsync();
        await world.WaitUntilAsync(s => s.Destinations.All(d => d.Health == DestinationHealthNames.Healthy));
        return world;
    }

    /// <summary>Ports and folders only: nothing is started, no snapshot written.</summary>
    public static RouterWorld Create(int instancesPerColor = 2)
    {
        var ports = FreePorts.Take(3 + (2 * instancesPerColor));
        var backends = RouterColors.All
            .SelectMany((color, c) => Enumerable.Range(1, instancesPerColor)
                .Select(i => new BackendProcess(color, $"web-{color}-{i}", ports[3 + (c * instancesPerColor) + i - 1])))
            .ToList();
        var snapshot = SnapshotWith(backends, ports[0], ports[1], ports[2], version: 1);
        var root = Path.Combine(Path.GetTempPath(), $"bluegreen-routing-{Guid.NewGuid():N}"[..32]);
        return new RouterWorld(root, snapshot, backends);
    }

    public static RouterSnapshot SnapshotWith(IEnumerable<BackendProcess> backends, int production, int test, int admin, long version)
    {
        var all = backends.ToList();
        return new RouterSnapshot
        {
            Version = version,
            ProductionPort = production,
            TestPort = test,
            AdminPort = admin,
            DefaultColor = RouterColors.Blue,
            Services =
            [
                new RouterService
                {
                    Name = "web",
                    PathPatterns = ["/*"],
                    HealthCheck = new RouterHealthCheck { Path = "/health", IntervalMs = 250, TimeoutMs = 1000, UnhealthyThreshold = 2 },
                    Destinations = new RouterColorDestinations
                    {
                        Blue = Destinations(all, RouterColors.Blue),
                        Green = Destinations(all, RouterColors.Green),
                    },
                },
            ],
        };
    }

    public BackendProcess Backend(string instanceId) => Backends.Single(b => b.InstanceId == instanceId);

    /// <summary>Starts the router, first killing a previous one if it still runs.</summary>
    public async Task StartRouterAsync()
    {
        if (Router is not null)
        {
            await Router.DisposeAsync();
        }

        Router = await RouterProcess.StartAsync(StateDirectory, Admin);
    }

    /// <summary>Polls the status (every 50 ms, at most 15 s) until <paramref name="condition"/> holds.</summary>
    public async Task<RouterStatus> WaitUntilAsync(Func<RouterStatus, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var status = await Admin.StatusAsync();
            if (condition(status))
            {
                return status;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"status did not reach the expected state: {string.Join(", ", status.Destinations.Select(d => $"{d.InstanceId} {d.Health}"))}");
            }

            await Task.Delay(50);
        }
    }

    public string ReadStateFile(string name) => File.ReadAllText(Path.Combine(StateDirectory, name));

    /// <summary>One GET through a listener, optionally with the <c>X-Color</c> header.</summary>
    public async Task<Reply> GetAsync(string listener, string? colorHeader = null, string path = "/orders")
    {
        var port = listener == RouterListeners.Production ? Snapshot.ProductionPort : Snapshot.TestPort;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}{path}");
        if (colorHeader is not null)
        {
            request.Headers.Add(RouterListeners.ColorHeader, colorHeader);
        }

        using var response = await _http.SendAsync(request);
        return new Reply(
            (int)response.StatusCode,
            response.Headers.TryGetValues("X-Served-Color", out var colors) ? colors.Single() : null,
            response.Headers.TryGetValues("X-Served-Instance", out var instances) ? instances.Single() : null);
    }

    public async ValueTask DisposeAsync()
    {
        if (Router is not null)
        {
            await Router.DisposeAsync();
        }

        foreach (var backend in Backends)
        {
            await backend.DisposeAsync();
        }

        Admin.Dispose();
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private static List<RouterDestination> Destinations(List<BackendProcess> backends, string color) =>
        backends.Where(b => b.Color == color)
            .Select(b => new RouterDestination { InstanceId = b.InstanceId, Address = b.Address })
            .ToList();
}

internal sealed record Reply(int Status, string? Color, string? Instance);
