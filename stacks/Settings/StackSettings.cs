using Bluegreen.Components;

namespace Bluegreen.Stacks.Settings;

/// <summary>
/// A stack's validated settings, read from <c>Pulumi.&lt;stack&gt;.yaml</c>. Everything that differs between
/// stacks lives here; the app's shape does not.
/// </summary>
public sealed record StackSettings
{
    public required string StackName { get; init; }

    public required EngineKind Engine { get; init; }

    public required DeploymentColor ActiveColor { get; init; }

    /// <summary>Image tag (the app version) each color runs.</summary>
    public required IReadOnlyDictionary<DeploymentColor, string> ImageTags { get; init; }

    /// <summary>Sizes per service, keyed by <see cref="ServiceDefinition.Name"/>.</summary>
    public required IReadOnlyDictionary<string, ServiceSettings> Services { get; init; }

    public required DatabaseSettings Database { get; init; }

    /// <summary>Present for AWS stacks only.</summary>
    public AwsSettings? Aws { get; init; }

    /// <summary>Present for local stacks only.</summary>
    public LocalSettings? Local { get; init; }

    public DeploymentColor IdleColor => ActiveColor.Other();

    public string ImageTag(DeploymentColor color) => ImageTags[color];
}

public sealed record ServiceSettings
{
    /// <summary>Tasks (local: processes) per color. Zero is allowed and stops the service.</summary>
    public required int DesiredCount { get; init; }

    /// <summary>Fargate CPU units (256 = a quarter vCPU).</summary>
    public required int Cpu { get; init; }

    public required int MemoryMiB { get; init; }

    /// <summary>Local engine only: a command to run instead of the sample app.</summary>
    /// <remarks>Left out, the local engine runs the published sample app. Placeholders: {port}, {color}, {version}.</remarks>
    public string? LocalCommand { get; init; }
}

public sealed record DatabaseSettings
{
    public required string InstanceClass { get; init; }

    public required string ReplicaInstanceClass { get; init; }

    public required int AllocatedStorageGb { get; init; }

    /// <summary>Replica lag beyond which a color is not fit to take traffic.</summary>
    public required int MaxReplicaLagSeconds { get; init; }
}

public sealed record AwsSettings
{
    public required string Region { get; init; }

    /// <summary>Registry host that prefixes every image repository.</summary>
    public required string ImageRegistry { get; init; }

    /// <summary>Existing network; empty when the app creates its own.</summary>
    public string VpcId { get; init; } = "";

    public IReadOnlyList<string> PublicSubnetIds { get; init; } = [];

    public IReadOnlyList<string> PrivateSubnetIds { get; init; } = [];

    public required int ProductionPort { get; init; }

    public required int TestPort { get; init; }

    /// <summary>Who may reach the test listener. Kept narrow: it serves the color that is not yet live.</summary>
    public required string TestListenerCidr { get; init; }

    /// <summary>The ACM certificate of the HTTPS listeners.</summary>
    /// <remarks>Null when the app's listeners speak plain HTTP.</remarks>
    public string? CertificateArn { get; init; }
}

public sealed record LocalSettings
{
    public required int ProductionPort { get; init; }

    public required int TestPort { get; init; }

    /// <summary>Loopback-only admin endpoint of the router (switch, status, counters).</summary>
    public required int AdminPort { get; init; }

    /// <summary>Primary PostgreSQL port; replicas take the next two.</summary>
    public required int PostgresPort { get; init; }

    /// <summary>First port handed to app instances.</summary>
    public required int InstanceBasePort { get; init; }

    /// <summary>State folder; relative paths are under the directory holding the stack file.</summary>
    public required string StateDirectory { get; init; }
}
