using Bluegreen.Components;

namespace Bluegreen.Stacks.Apps;

/// <summary>Generated app shapes of any size, for scale tests and the render benchmark.</summary>
public static class SyntheticApp
{
    /// <summary>
    /// <paramref name="services"/> services, alternating web (each with its own path) and worker, so 50 services give
    /// 25 web services: at most 100 rules on the test listener during a flip, the load balancer's default quota.
    /// </summary>
    public static AppDefinition Create(int services) => new()
    {
        Name = "synthetic",
        Services = [.. Enumerable.Range(0, services).Select(Service)],
    };

    private static ServiceDefinition Service(int index) => index % 2 == 0
        ? new ServiceDefinition
        {
            Name = $"svc{index}",
            Kind = ServiceKind.Web,
            ImageRepository = $"synthetic/svc{index}",
            ContainerPort = 8080 + index % 4,
            PathPatterns = [$"/svc{index}/*"],
        }
        : new ServiceDefinition { Name = $"svc{index}", Kind = ServiceKind.Worker, ImageRepository = $"synthetic/svc{index}" };
}
