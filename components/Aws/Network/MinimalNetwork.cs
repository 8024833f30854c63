using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Network;

/// <summary>
/// A VPC of its own: two public and two private subnets over zones "a" and "b" of the region, an internet gateway and
/// route tables. There is no NAT gateway, so tasks run in the public subnets with public addresses (their security
/// group still admits only the load balancer); databases stay in the private subnets.
/// </summary>
public sealed class MinimalNetwork : INetwork
{
    public const string VpcName = "vpc";
    public const string InternetGatewayName = "internetGateway";
    public const string PublicRouteTableName = "publicRouteTable";
    public const string PrivateRouteTableName = "privateRouteTable";

    private const string VpcCidr = "10.0.0.0/16";
    private static readonly Zone[] Zones = [new("A", "a", "10.0.0.0/24", "10.0.10.0/24"), new("B", "b", "10.0.1.0/24", "10.0.11.0/24")];

    public MinimalNetwork(Expr region)
    {
        var vpc = new Resource(VpcName, TypeTokens.Vpc, Expr.Map(
            ("cidrBlock", VpcCidr),
            ("enableDnsHostnames", true),
            ("enableDnsSupport", true)));
        var gateway = new Resource(InternetGatewayName, TypeTokens.InternetGateway, Expr.Map(("vpcId", vpc.Output("id"))));
        var publicRoutes = new Resource(PublicRouteTableName, TypeTokens.RouteTable, Expr.Map(("vpcId", vpc.Output("id"))));
        var internetRoute = new Resource("publicInternetRoute", TypeTokens.Route, Expr.Map(
            ("routeTableId", publicRoutes.Output("id")),
            ("destinationCidrBlock", "0.0.0.0/0"),
            ("gatewayId", gateway.Output("id"))));
        var privateRoutes = new Resource(PrivateRouteTableName, TypeTokens.RouteTable, Expr.Map(("vpcId", vpc.Output("id"))));

        var publicSubnets = Zones.Select(zone => Subnet($"publicSubnet{zone.Suffix}", vpc, region, zone, zone.PublicCidr, mapPublicIp: true)).ToList();
        var privateSubnets = Zones.Select(zone => Subnet($"privateSubnet{zone.Suffix}", vpc, region, zone, zone.PrivateCidr, mapPublicIp: false)).ToList();

        Resources =
        [
            vpc, gateway, publicRoutes, internetRoute, privateRoutes,
            .. publicSubnets, .. privateSubnets,
            .. publicSubnets.Select(subnet => Association(subnet, publicRoutes)),
            .. privateSubnets.Select(subnet => Association(subnet, privateRoutes)),
        ];
        VpcId = vpc.Output("id");
        PublicSubnetIds = Expr.List(publicSubnets.Select(subnet => (Expr)subnet.Output("id")));
        PrivateSubnetIds = Expr.List(privateSubnets.Select(subnet => (Expr)subnet.Output("id")));
    }

    public IReadOnlyList<Resource> Resources { get; }

    public Expr VpcId { get; }

    public Expr PublicSubnetIds { get; }

    public Expr PrivateSubnetIds { get; }

    public Expr ServiceSubnetIds => PublicSubnetIds;

    public bool AssignPublicIp => true;

    private static Resource Subnet(string name, Resource vpc, Expr region, Zone zone, string cidr, bool mapPublicIp) =>
        new(name, TypeTokens.Subnet, Expr.Map(
            ("vpcId", vpc.Output("id")),
            ("cidrBlock", cidr),
            ("availabilityZone", Expr.Format($"{region}{zone.Letter}")),
            ("mapPublicIpOnLaunch", mapPublicIp)));

    private static Resource Association(Resource subnet, Resource routeTable) =>
        new($"{subnet.Name}RouteTableAssociation", TypeTokens.RouteTableAssociation, Expr.Map(
            ("subnetId", subnet.Output("id")),
            ("routeTableId", routeTable.Output("id"))));

    private sealed record Zone(string Suffix, string Letter, string PublicCidr, string PrivateCidr);
}
