namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>Resource types whose change moves production traffic: listeners, listener rules, and the SSM parameter that publishes the active color.</summary>
internal static class TrafficResources
{
    private static readonly HashSet<string> Types =
    [
        "aws:lb/listener:Listener",
        "aws:lb/listenerRule:ListenerRule",
        "aws:alb/listener:Listener",
        "aws:alb/listenerRule:ListenerRule",
        "aws:ssm/parameter:Parameter",
    ];

    public static bool Carries(string resourceType) => Types.Contains(resourceType);
}
