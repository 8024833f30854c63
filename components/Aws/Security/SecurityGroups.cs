using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Security;

/// <summary>
/// The three security groups and every rule between them: internet → load balancer (production and redirect ports
/// from anywhere, test port only from the test CIDR) → services (container ports only) → database (PostgreSQL only). Groups carry
/// no inline rules, so the provider removes AWS's default allow-all egress and only the rules below exist.
/// </summary>
public sealed class SecurityGroups
{
    public const string LoadBalancerGroupName = "albSecurityGroup";
    public const string ServicesGroupName = "servicesSecurityGroup";
    public const string DatabaseGroupName = "databaseSecurityGroup";
    public const int PostgresPort = 5432;
    private const string Anywhere = "0.0.0.0/0";
    private const int HttpsPort = 443;

    public SecurityGroups(SecurityGroupsArgs args)
    {
        var loadBalancer = Group(LoadBalancerGroupName, args.VpcId, "Load balancer: the production listener for everyone, the test listener for the test CIDR only");
        var services = Group(ServicesGroupName, args.VpcId, "ECS tasks of both colors: container ports from the load balancer only");
        var database = Group(DatabaseGroupName, args.VpcId, "PostgreSQL primary and replicas: from the ECS tasks only");

        Resources =
        [
            loadBalancer, services, database,
            Rule("albProductionIngress", TypeTokens.SecurityGroupIngressRule, loadBalancer, args.ProductionPort, ("cidrIpv4", args.ProductionCidr), "Production listener"),
            Rule("albTestIngress", TypeTokens.SecurityGroupIngressRule, loadBalancer, args.TestPort, ("cidrIpv4", args.TestListenerCidr), "Test listener, reaches the idle color"),
            .. args.RedirectPort is { } redirect
                ? [Rule("albRedirectIngress", TypeTokens.SecurityGroupIngressRule, loadBalancer, redirect, ("cidrIpv4", args.ProductionCidr), "Plain HTTP, redirected to the production listener")]
                : Array.Empty<Resource>(),
            .. args.ContainerPorts.Distinct().Order().SelectMany(port => new[]
            {
                Rule($"albToServicesEgress{port}", TypeTokens.SecurityGroupEgressRule, loadBalancer, port, ("referencedSecurityGroupId", services.Output("id")), "Load balancer to the tasks"),
                Rule($"servicesFromAlbIngress{port}", TypeTokens.SecurityGroupIngressRule, services, port, ("referencedSecurityGroupId", loadBalancer.Output("id")), "Tasks from the load balancer"),
            }),
            Rule("servicesHttpsEgress", TypeTokens.SecurityGroupEgressRule, services, HttpsPort, ("cidrIpv4", Anywhere), "Image pulls, logs, SSM and Secrets Manager over HTTPS"),
            Rule("servicesToDatabaseEgress", TypeTokens.SecurityGroupEgressRule, services, PostgresPort, ("referencedSecurityGroupId", database.Output("id")), "Tasks to PostgreSQL"),
            Rule("databaseFromServicesIngress", TypeTokens.SecurityGroupIngressRule, database, PostgresPort, ("referencedSecurityGroupId", services.Output("id")), "PostgreSQL from the tasks"),
        ];
        LoadBalancerGroupId = loadBalancer.Output("id");
        ServicesGroupId = services.Output("id");
        DatabaseGroupId = database.Output("id");
    }

    public IReadOnlyList<Resource> Resources { get; }

    public Expr LoadBalancerGroupId { get; }

    public Expr ServicesGroupId { get; }

    public Expr DatabaseGroupId { get; }

    private static Resource Group(string name, Expr vpcId, string description) =>
        new(name, TypeTokens.SecurityGroup, Expr.Map(("vpcId", vpcId), ("description", description)));

    private static Resource Rule(string name, string type, Resource group, Expr port, (string Key, Expr Value) peer, string description) =>
        new(name, type, Expr.Map(
            ("securityGroupId", group.Output("id")),
            ("description", description),
            ("ipProtocol", "tcp"),
            ("fromPort", port),
            ("toPort", port),
            peer));
}

public sealed record SecurityGroupsArgs
{
    public required Expr VpcId { get; init; }

    public required Expr ProductionPort { get; init; }

    public required Expr TestPort { get; init; }

    /// <summary>Who may reach the test listener, which serves the color that is not live yet.</summary>
    public required Expr TestListenerCidr { get; init; }

    /// <summary>The port of the listener that only redirects plain HTTP to production HTTPS, open like production.</summary>
    /// <remarks>Left null, there is no such listener (plain HTTP stacks) and no rule for it.</remarks>
    public int? RedirectPort { get; init; }

    /// <remarks>Defaults to everyone: the production listener is the public entry point.</remarks>
    public Expr ProductionCidr { get; init; } = Anywhere;

    /// <summary>Ports the web services listen on; one rule pair per distinct port.</summary>
    public required IReadOnlyList<int> ContainerPorts { get; init; }

    private const string Anywhere = "0.0.0.0/0";
}
