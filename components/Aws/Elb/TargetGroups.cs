using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Elb;

/// <summary>Target groups for Fargate tasks (IP targets) with an HTTP health check.</summary>
public static class TargetGroups
{
    /// <remarks>No fixed name: the provider names it from the logical name plus a random suffix, so a replacement never
    /// collides with the group it replaces.</remarks>
    public static Resource ForService(string name, ServiceDefinition service, Expr vpcId) =>
        new(name, TypeTokens.TargetGroup, Expr.Map(
            ("port", service.ContainerPort),
            ("protocol", "HTTP"),
            ("targetType", "ip"),
            ("vpcId", vpcId),
            ("deregistrationDelay", service.DeregistrationDelaySeconds),
            ("healthCheck", Expr.Map(
                ("enabled", true),
                ("path", service.HealthCheckPath),
                ("matcher", "200-399"),
                ("interval", 15),
                ("timeout", 5),
                ("healthyThreshold", 2),
                ("unhealthyThreshold", 3)))));
}
