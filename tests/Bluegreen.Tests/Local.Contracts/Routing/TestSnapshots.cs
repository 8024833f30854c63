using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Tests.Local.Contracts.Routing;

/// <summary>A valid two-service snapshot to start each test from.</summary>
internal static class TestSnapshots
{
    public static RouterHealthCheck Health { get; } = new() { Path = "/health", IntervalMs = 500, TimeoutMs = 1000, UnhealthyThreshold = 2 };

    public static RouterSnapshot Valid { get; } = new()
    {
        Version = 7,
        ProductionPort = 8080,
        TestPort = 8081,
        AdminPort = 8082,
        DefaultColor = RouterColors.Blue,
        Services =
        [
            new RouterService
            {
                Name = "api",
                PathPatterns = ["/api/*", "/status"],
                HealthCheck = Health with { Path = "/api/health", UnhealthyThreshold = 3 },
                Destinations = new RouterColorDestinations
                {
                    Blue = [Destination("api-blue-1", 5101)],
                    Green = [Destination("api-green-1", 5201)],
                },
            },
            new RouterService
            {
                Name = "web",
                PathPatterns = ["/*"],
                HealthCheck = Health,
                Destinations = new RouterColorDestinations
                {
                    Blue = [Destination("web-blue-1", 5111), Destination("web-blue-2", 5112)],
                    Green = [Destination("web-green-1", 5211), Destination("web-green-2", 5212)],
                },
            },
        ],
    };

    public static RouterDestination Destination(string id, int port) => new() { InstanceId = id, Address = $"http://127.0.0.1:{port}" };
}
