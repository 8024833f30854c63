namespace Bluegreen.Components;

/// <summary>One service of the app. Its shape is code; its sizes come from stack settings.</summary>
public sealed record ServiceDefinition
{
    /// <summary>Short lower-case name, used in resource names and config keys ("web" gives "webDesiredCount").</summary>
    public required string Name { get; init; }

    public required ServiceKind Kind { get; init; }

    /// <summary>Image repository without registry or tag, e.g. "shop/web".</summary>
    public required string ImageRepository { get; init; }

    /// <summary>Port the container listens on. Web services only.</summary>
    public int ContainerPort { get; init; } = 8080;

    /// <summary>Listener path patterns routed to this service, e.g. "/api/*". Web services only.</summary>
    /// <remarks>Left empty for a web service, the service takes every path ("/*"): the last web service in the app.</remarks>
    public IReadOnlyList<string> PathPatterns { get; init; } = [];

    /// <summary>Path the load balancer and the local router probe.</summary>
    public string HealthCheckPath { get; init; } = "/health";

    /// <summary>How long the load balancer keeps draining a task's open requests before it stops the task.</summary>
    public int DeregistrationDelaySeconds { get; init; } = 30;

    /// <summary>The paths the listeners route here: <see cref="PathPatterns"/>, or every path ("/*") when empty.</summary>
    public IReadOnlyList<string> RoutedPaths => PathPatterns.Count > 0 ? PathPatterns : [CatchAllPath];

    public const string CatchAllPath = "/*";
}
