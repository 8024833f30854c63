namespace Bluegreen.Components;

/// <summary>The app's shape: which services exist and which are web or worker. Stack settings never change it.</summary>
public sealed record AppDefinition
{
    /// <summary>Prefix of every cloud resource name, e.g. "shop". Lower-case letters, digits and dashes.</summary>
    public required string Name { get; init; }

    public required IReadOnlyList<ServiceDefinition> Services { get; init; }

    /// <remarks>Defaults to <see cref="NetworkMode.Existing"/>: the stack brings its own VPC.</remarks>
    public NetworkMode Network { get; init; } = NetworkMode.Existing;

    /// <remarks>Defaults to <see cref="ListenerProtocol.Https"/>: clients reach the load balancer over TLS only.</remarks>
    public ListenerProtocol Protocol { get; init; } = ListenerProtocol.Https;

    public IEnumerable<ServiceDefinition> WebServices => Services.Where(s => s.Kind == ServiceKind.Web);

    public IEnumerable<ServiceDefinition> Workers => Services.Where(s => s.Kind == ServiceKind.Worker);
}
