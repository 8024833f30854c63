using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Ecs;

/// <summary>The JSON container definition of a one-container task: image, port, environment, secrets and logging.</summary>
public static class ContainerDefinitions
{
    public static Expr Of(ContainerSpec spec) => Fn.ToJson(Expr.List(Expr.Map(
    [
        new("name", spec.Name),
        new("image", spec.Image),
        new("essential", true),
        .. spec.Port is { } port
            ? [new Entry("portMappings", Expr.List(Expr.Map(("containerPort", port), ("protocol", "tcp"))))]
            : Array.Empty<Entry>(),
        new("environment", Expr.List(spec.Environment.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (Expr)Expr.Map(("name", e.Key), ("value", e.Value))))),
        new("secrets", Expr.List(spec.Secrets.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (Expr)Expr.Map(("name", e.Key), ("valueFrom", e.Value))))),
        new("logConfiguration", Expr.Map(
            ("logDriver", "awslogs"),
            ("options", Expr.Map(
                ("awslogs-group", spec.LogGroupName),
                ("awslogs-region", spec.Region),
                ("awslogs-stream-prefix", spec.LogStreamPrefix))))),
    ])));
}

public sealed record ContainerSpec
{
    public required string Name { get; init; }

    /// <summary>Full image reference, <c>registry/repository:tag</c>.</summary>
    public required Expr Image { get; init; }

    /// <remarks>Left null, the container publishes no port (workers).</remarks>
    public int? Port { get; init; }

    /// <summary>Plain variables; written sorted by name.</summary>
    public required IReadOnlyList<KeyValuePair<string, Expr>> Environment { get; init; }

    /// <summary>Variables ECS fills from Secrets Manager: name to secret ARN; written sorted by name.</summary>
    public required IReadOnlyList<KeyValuePair<string, Expr>> Secrets { get; init; }

    public required Expr LogGroupName { get; init; }

    public required Expr Region { get; init; }

    public required Expr LogStreamPrefix { get; init; }
}
