using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Network;

/// <summary>Where the stack's resources live: the VPC and its subnets, given or created.</summary>
public interface INetwork
{
    IReadOnlyList<Resource> Resources { get; }

    Expr VpcId { get; }

    /// <summary>List of subnet ids facing the internet: the load balancer lives here.</summary>
    Expr PublicSubnetIds { get; }

    /// <summary>List of subnet ids without public addresses: the databases live here.</summary>
    Expr PrivateSubnetIds { get; }

    /// <summary>Subnets the ECS tasks run in.</summary>
    Expr ServiceSubnetIds { get; }

    /// <summary>Whether tasks get public addresses (needed to pull images where the subnets have no NAT).</summary>
    bool AssignPublicIp { get; }
}
