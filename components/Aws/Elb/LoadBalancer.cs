using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Elb;

/// <summary>
/// The application load balancer and its listeners. The production and test listeners themselves answer 404: every
/// route is a listener rule (the colors' header rules and routing rules), because a listener that forwarded to a
/// color's target group would depend on the color, while the color's rules depend on the listener. With HTTPS, a third
/// listener on port 80 only redirects to production HTTPS.
/// </summary>
public sealed class LoadBalancer
{
    public const string Name = "loadBalancer";
    public const string ProductionListenerName = "productionListener";
    public const string TestListenerName = "testListener";
    public const string RedirectListenerName = "httpRedirectListener";

    /// <summary>Where browsers knock first; with HTTPS it only redirects.</summary>
    public const int HttpPort = 80;

    /// <summary>
    /// TLS 1.3 and 1.2 only, with forward-secret ciphers. Set explicitly: without it the API, CloudFormation and the
    /// provider fall back to ELBSecurityPolicy-2016-08, which still allows TLS 1.0.
    /// </summary>
    public const string TlsPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    public LoadBalancer(LoadBalancerArgs args)
    {
        if ((args.Protocol == ListenerProtocol.Https) != (args.CertificateArn is not null))
        {
            throw new ArgumentException(
                $"{nameof(LoadBalancerArgs.CertificateArn)} is required with {nameof(ListenerProtocol.Https)} listeners and not allowed with {nameof(ListenerProtocol.Http)}; "
                + $"got protocol {args.Protocol} and {(args.CertificateArn is null ? "no" : "a")} certificate.",
                nameof(args));
        }

        var loadBalancer = new Resource(Name, TypeTokens.LoadBalancer, Expr.Map(
            ("loadBalancerType", "application"),
            ("internal", false),
            ("subnets", args.PublicSubnetIds),
            ("securityGroups", Expr.List(args.SecurityGroupId)),
            ("dropInvalidHeaderFields", true),
            ("idleTimeout", 60)));
        var production = Listener(ProductionListenerName, loadBalancer, args.ProductionPort, args.CertificateArn);
        var test = Listener(TestListenerName, loadBalancer, args.TestPort, args.CertificateArn);

        Resources = args.CertificateArn is null
            ? [loadBalancer, production, test]
            : [loadBalancer, production, test, RedirectListener(loadBalancer, args.ProductionPort)];
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

    /// <summary>"https" or "http": how clients address both listeners.</summary>
    public static string Scheme(ListenerProtocol protocol) => protocol == ListenerProtocol.Https ? "https" : "http";

    private static Resource Listener(string name, Resource loadBalancer, Expr port, Expr? certificateArn) =>
        new(name, TypeTokens.Listener, Expr.Map(
        [
            new("loadBalancerArn", loadBalancer.Output("arn")),
            new("port", port),
            .. certificateArn is null
                ? [new Entry("protocol", "HTTP")]
                : new Entry[] { new("protocol", "HTTPS"), new("certificateArn", certificateArn), new("sslPolicy", TlsPolicy) },
            new("defaultActions", Expr.List(Expr.Map(
                ("type", "fixed-response"),
                ("fixedResponse", Expr.Map(
                    ("contentType", "text/plain"),
                    ("messageBody", "No service matches this path."),
                    ("statusCode", "404")))))),
        ]));

    /// <remarks>
    /// The redirect's <c>port</c> is a string in the schema while productionPort is a number; <c>fn::toJSON</c> of a
    /// number is its digits (pulumi-yaml builtin <c>evaluateBuiltinToJSON</c> marshals with encoding/json), so "443".
    /// </remarks>
    private static Resource RedirectListener(Resource loadBalancer, Expr productionPort) =>
        new(RedirectListenerName, TypeTokens.Listener, Expr.Map(
            ("loadBalancerArn", loadBalancer.Output("arn")),
            ("port", HttpPort),
            ("protocol", "HTTP"),
            ("defaultActions", Expr.List(Expr.Map(
                ("type", "redirect"),
                ("redirect", Expr.Map(
                    ("protocol", "HTTPS"),
                    ("port", Fn.ToJson(productionPort)),
                    ("statusCode", "HTTP_301"))))))));
}

public sealed record LoadBalancerArgs
{
    public required Expr PublicSubnetIds { get; init; }

    public required Expr SecurityGroupId { get; init; }

    public required Expr ProductionPort { get; init; }

    public required Expr TestPort { get; init; }

    public required ListenerProtocol Protocol { get; init; }

    /// <summary>The ACM certificate both HTTPS listeners present.</summary>
    /// <remarks>Required with <see cref="ListenerProtocol.Https"/>; must be left null with <see cref="ListenerProtocol.Http"/>.</remarks>
    public Expr? CertificateArn { get; init; }
}
