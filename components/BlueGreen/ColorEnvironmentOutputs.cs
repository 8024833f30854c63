namespace Bluegreen.Components.BlueGreen;

/// <summary>Outputs of a ColorEnvironment instance, read in the program as <c>${blue.&lt;output&gt;}</c>.</summary>
public static class ColorEnvironmentOutputs
{
    public const string Color = "color";
    public const string ReplicaAddress = "replicaAddress";
    public const string ReplicaIdentifier = "replicaIdentifier";

    public static string TargetGroupArn(ServiceDefinition service) => $"{service.Name}TargetGroupArn";

    public static string ServiceName(ServiceDefinition service) => $"{service.Name}ServiceName";
}
