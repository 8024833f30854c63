using Bluegreen.Components;
using Bluegreen.Stacks.Apps;

namespace Bluegreen.Tests.Components;

/// <summary>App shapes the tests build programs from.</summary>
internal static class TestApps
{
    public static AppDefinition Sample => SampleApp.Definition;

    /// <summary>Two web services (an API before the catch-all site) and a worker.</summary>
    public static AppDefinition ApiAndSite { get; } = new()
    {
        Name = "store",
        Services =
        [
            new ServiceDefinition { Name = "api", Kind = ServiceKind.Web, ImageRepository = "store/api", ContainerPort = 5000, PathPatterns = ["/api/*", "/graphql"] },
            new ServiceDefinition { Name = "site", Kind = ServiceKind.Web, ImageRepository = "store/site" },
            new ServiceDefinition { Name = "jobs", Kind = ServiceKind.Worker, ImageRepository = "store/jobs" },
        ],
    };

    public static AppDefinition WithServices(params ServiceDefinition[] services) => Sample with { Services = services };

    public static ServiceDefinition Web(string name, params string[] paths) =>
        new() { Name = name, Kind = ServiceKind.Web, ImageRepository = $"shop/{name}", PathPatterns = paths };

    public static ServiceDefinition Worker(string name) =>
        new() { Name = name, Kind = ServiceKind.Worker, ImageRepository = $"shop/{name}" };
}
