using Bluegreen.Components.Model;

namespace Bluegreen.Components.Aws.Rds;

/// <summary>A read replica of the primary in the same region; it inherits subnet group, engine and encryption.</summary>
public static class ReadReplica
{
    public static Resource Of(string name, ReadReplicaArgs args) =>
        new(name, TypeTokens.RdsInstance, Expr.Map(
            ("identifier", args.Identifier),
            ("replicateSourceDb", args.SourceIdentifier),
            ("instanceClass", args.InstanceClass),
            ("vpcSecurityGroupIds", Expr.List(args.SecurityGroupId)),
            ("publiclyAccessible", false),
            ("skipFinalSnapshot", true),
            ("applyImmediately", true)),
            new ResourceOptions { DeleteBeforeReplace = true });
}

public sealed record ReadReplicaArgs
{
    /// <summary>Fixed, lower-case instance identifier, which is why a replacement deletes the old replica first.</summary>
    public required Expr Identifier { get; init; }

    /// <summary>The primary's identifier.</summary>
    public required Expr SourceIdentifier { get; init; }

    public required Expr InstanceClass { get; init; }

    public required Expr SecurityGroupId { get; init; }
}
