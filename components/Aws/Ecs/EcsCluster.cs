using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Ecs;

/// <summary>The ECS cluster both colors' services run in, with Container Insights on.</summary>
public sealed class EcsCluster
{
    public const string Name = "cluster";

    public EcsCluster(Expr clusterName)
    {
        var cluster = new Resource(Name, TypeTokens.EcsCluster, Expr.Map(
            ("name", clusterName),
            ("settings", Expr.List(Expr.Map(("name", "containerInsights"), ("value", "enabled"))))));
        Resources = [cluster];
        Arn = cluster.Output("arn");
        ClusterName = cluster.Output("name");
    }

    public IReadOnlyList<Resource> Resources { get; }

    public Expr Arn { get; }

    public Expr ClusterName { get; }
}
