using Bluegreen.Components;

namespace Bluegreen.Stacks.Apps;

/// <summary>The app this repository deploys: one web service behind the load balancer and one background worker.</summary>
public static class SampleApp
{
    public static AppDefinition Definition { get; } = new()
    {
        Name = "shop",
        Network = NetworkMode.Existing,
        Protocol = ListenerProtocol.Https,
        Services =
        [
            new ServiceDefinition
            {
                Name = "web",
                Kind = ServiceKind.Web,
                ImageRepository = "bluegreen/sample-web",
                ContainerPort = 8080,
                PathPatterns = ["/*"],
                HealthCheckPath = "/health",
            },
            new ServiceDefinition
            {
                Name = "worker",
                Kind = ServiceKind.Worker,
                ImageRepository = "bluegreen/sample-worker",
                HealthCheckPath = "/health",
            },
        ],
    };
}
