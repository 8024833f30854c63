using Bluegreen.Components.Aws.Ecs;
using Bluegreen.Components.Aws.Rds;
using Bluegreen.Components.Aws.Security;
using Bluegreen.Components.Model;
using static Bluegreen.Components.BlueGreen.ColorEnvironmentInputs;

namespace Bluegreen.Components.BlueGreen;

/// <summary>A service's task definition and ECS service within one color.</summary>
internal sealed class ServiceResources(ServiceDefinition service, ColorEnvironmentArgs args, Expr replicaAddress)
{
    /// <summary>The variable ECS fills with the database password from Secrets Manager; Npgsql reads it by itself.</summary>
    public const string PasswordVariable = "PGPASSWORD";

    public Expr ServiceName { get; } = Expr.Format($"{args[NamePrefix]}-{service.Name}-{args[Color]}");

    public IEnumerable<Resource> Build(WebRouting? routing)
    {
        var taskDefinition = new Resource(ColorEnvironmentResources.TaskDefinition(service), TypeTokens.EcsTaskDefinition, Expr.Map(
            ("family", ServiceName),
            ("cpu", args[Cpu(service)]),
            ("memory", args[Memory(service)]),
            ("networkMode", "awsvpc"),
            ("requiresCompatibilities", Expr.List("FARGATE")),
            ("executionRoleArn", args[ExecutionRoleArn]),
            ("taskRoleArn", args[TaskRoleArn]),
            ("containerDefinitions", ContainerDefinitions.Of(Container()))));
        yield return taskDefinition;
        yield return new Resource(ColorEnvironmentResources.Service(service), TypeTokens.EcsService, Expr.Map(
        [
            new("name", ServiceName),
            new("cluster", args[ClusterArn]),
            new("taskDefinition", taskDefinition.Output("arn")),
            new("desiredCount", args[DesiredCount(service)]),
            new("launchType", "FARGATE"),
            new("networkConfiguration", Expr.Map(
                ("subnets", args[ServiceSubnetIds]),
                ("securityGroups", Expr.List(args[ServicesSecurityGroupId])),
                ("assignPublicIp", args[AssignPublicIp]))),
            new("deploymentCircuitBreaker", Expr.Map(("enable", true), ("rollback", true))),
            new("propagateTags", "SERVICE"),
            new("enableEcsManagedTags", true),
            new("waitForSteadyState", true),
            .. routing is null ? [] : LoadBalancing(routing),
        ]),
        new ResourceOptions { DeleteBeforeReplace = true, DependsOn = routing?.AttachingRules ?? [] });
    }

    private IEnumerable<Entry> LoadBalancing(WebRouting routing) =>
    [
        new("loadBalancers", Expr.List(Expr.Map(
            ("targetGroupArn", routing.TargetGroup.Output("arn")),
            ("containerName", service.Name),
            ("containerPort", service.ContainerPort)))),
        new("healthCheckGracePeriodSeconds", 60),
    ];

    private ContainerSpec Container() => new()
    {
        Name = service.Name,
        Image = Expr.Format($"{args[ImageRegistry]}/{service.ImageRepository}:{args[ImageTag]}"),
        Port = service.Kind == ServiceKind.Web ? service.ContainerPort : null,
        Environment =
        [
            new("ASPNETCORE_URLS", $"http://+:{service.ContainerPort}"),
            new("BLUEGREEN_COLOR", args[Color]),
            new("BLUEGREEN_VERSION", args[ImageTag]),
            new("BLUEGREEN_SERVICE", service.Name),
            new("BLUEGREEN_PRIMARY_CONNECTION", Connection(args[PrimaryDbAddress])),
            new("BLUEGREEN_REPLICA_CONNECTION", Connection(replicaAddress)),
            .. service.Kind == ServiceKind.Worker
                ? [new KeyValuePair<string, Expr>("BLUEGREEN_ACTIVE_COLOR_PARAMETER", args[ActiveColorParameterName])]
                : Array.Empty<KeyValuePair<string, Expr>>(),
        ],
        Secrets = [new(PasswordVariable, args[DbSecretArn])],
        LogGroupName = args[LogGroupName],
        Region = args[Region],
        LogStreamPrefix = ServiceName,
    };

    private static Expr Connection(Expr host) => Expr.Format(
        $"Host={host};Port={SecurityGroups.PostgresPort};Database={PrimaryDatabase.DatabaseName};Username={PrimaryDatabase.MasterUser};SSL Mode=Require");
}
