namespace Bluegreen.Components.BlueGreen;

/// <summary>
/// Keys of a color's child resources. The engine prefixes each with the instance name, so blue's web service is
/// <c>blue-webService</c>. Renaming a key replaces the resource: treat these as a stable contract.
/// </summary>
public static class ColorEnvironmentResources
{
    public const string AwsProvider = "awsProvider";
    public const string Replica = "replica";
    public const string ReplicaLagAlarm = "replicaLagAlarm";

    public static string TargetGroup(ServiceDefinition service) => $"{service.Name}TargetGroup";

    public static string TestHeaderRule(ServiceDefinition service) => $"{service.Name}TestHeaderRule";

    public static string RoutingRule(ServiceDefinition service) => $"{service.Name}RoutingRule";

    public static string TaskDefinition(ServiceDefinition service) => $"{service.Name}TaskDefinition";

    public static string Service(ServiceDefinition service) => $"{service.Name}Service";

    public static string ErrorRateAlarm(ServiceDefinition service) => $"{service.Name}ErrorRateAlarm";

    public static string UnhealthyHostsAlarm(ServiceDefinition service) => $"{service.Name}UnhealthyHostsAlarm";
}
