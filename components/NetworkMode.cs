namespace Bluegreen.Components;

public enum NetworkMode
{
    /// <summary>VPC and subnets are given by stack settings (vpcId, publicSubnetIds, privateSubnetIds).</summary>
    Existing,

    /// <summary>The stack creates a minimal VPC: two public and two private subnets over two zones.</summary>
    CreateMinimal,
}
