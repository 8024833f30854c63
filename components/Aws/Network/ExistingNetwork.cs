using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Network;

/// <summary>A VPC the stack brings: nothing is created. Tasks run in the private subnets, which must reach the
/// internet (or VPC endpoints) through the stack's own NAT to pull images and read secrets.</summary>
public sealed class ExistingNetwork(Expr vpcId, Expr publicSubnetIds, Expr privateSubnetIds) : INetwork
{
    public IReadOnlyList<Resource> Resources => [];

    public Expr VpcId => vpcId;

    public Expr PublicSubnetIds => publicSubnetIds;

    public Expr PrivateSubnetIds => privateSubnetIds;

    public Expr ServiceSubnetIds => privateSubnetIds;

    public bool AssignPublicIp => false;
}
