using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Elb;

/// <summary>
/// The application load balancer and its two HTTP listeners. The listeners themselves answer 404: every route is a
/// listener rule (the colors' header rules and the program's routing rules), because a listener that forwarded to a
/// color's target group would depend on the color, while the color's rules depend on the listener.
/// </summary>
public sealed class LoadBalancer
{
    public const string Name = "loadBalancer";
    public const string ProductionListenerName = "productionListener";
    public const string TestListenerName = "testListener";

    public LoadBalancer(LoadBalancerArgs args)
    {
        var loadBalancer = new Resource(Name, TypeTokens.LoadBalancer, Expr.Map(
            ("loadBalancerType", "application"),
            ("internal", false),
            ("subnets", args.PublicSubnetIds),
            ("securityGroups", Expr.List(args.SecurityGroupId)),
            ("dropInvalidHeaderFields", true),
            ("idleTimeout", 60)));
        var production = Listener(ProductionListenerName, loadBalancer, args.ProductionPort);
        var test = Listener(TestListenerName, loadBalancer, args.TestPort);

        Resources = [loadBalancer, production, test];
        Arn = loadBalancer.Output("arn");
        ArnSuffix = loadBalancer.Output("arnSuffix");
        DnsName = loadBalancer.Output("dnsName");
        ProductionListenerArn = production.Output("arn");
        TestListenerArn = test.Output("arn");
    }

    public IReadOnlyList<Resource> Resources { get; }

    public Expr Arn { get; }

    /// <summary>The "app/name/id" part CloudWatch uses as the LoadBalancer dimension.</summary>
    public Expr ArnSuffix { get; }

    public Expr DnsName { get; }

    public Expr ProductionListenerArn { get; }

    public Expr TestListenerArn { get; }

    private static Resource Listener(string name, Resource loadBalancer, Expr port) =>
        new(name, TypeTokens.Listener, Expr.Map(
            ("loadBalancerArn", loadBalancer.Output("arn")),
            ("port", port),
            ("protocol", "HTTP"),
            ("defaultActions", Expr.List(Expr.Map(
                ("type", "fixed-response"),
                ("fixedResponse", Expr.Map(
                    ("contentType", "text/plain"),
                    ("messageBody", "No service matches this path."),
                    ("statusCode", "404"))))))));
}

public sealed record LoadBalancerArgs
{
    public required Expr PublicSubnetIds { get; init; }

    public required Expr SecurityGroupId { get; init; }

    public required Expr ProductionPort { get; init; }

    public required Expr TestPort { get; init; }
}
