using Bluegreen.Components;

namespace Bluegreen.Stacks.Config;

/// <summary>Names of the settings, without the project namespace. Stack files write them as "bluegreen:&lt;name&gt;".</summary>
public static class ConfigKeys
{
    public const string ActiveColor = "activeColor";
    public const string Engine = "engine";
    public const string ImageRegistry = "imageRegistry";
    public const string ProductionPort = "productionPort";
    public const string TestPort = "testPort";
    public const string TestListenerCidr = "testListenerCidr";
    public const string CertificateArn = "certificateArn";
    public const string VpcId = "vpcId";
    public const string PublicSubnetIds = "publicSubnetIds";
    public const string PrivateSubnetIds = "privateSubnetIds";
    public const string DbInstanceClass = "dbInstanceClass";
    public const string DbReplicaInstanceClass = "dbReplicaInstanceClass";
    public const string DbAllocatedStorageGb = "dbAllocatedStorageGb";
    public const string MaxReplicaLagSeconds = "maxReplicaLagSeconds";
    public const string AwsRegion = "aws:region";
    public const string LocalProductionPort = "localProductionPort";
    public const string LocalTestPort = "localTestPort";
    public const string LocalAdminPort = "localAdminPort";
    public const string LocalPostgresPort = "localPostgresPort";
    public const string LocalInstanceBasePort = "localInstanceBasePort";
    public const string LocalStateDirectory = "localStateDirectory";

    public static string ImageTag(DeploymentColor color) => $"{color.Name()}ImageTag";

    public static string DesiredCount(ServiceDefinition service) => $"{service.Name}DesiredCount";

    public static string Cpu(ServiceDefinition service) => $"{service.Name}Cpu";

    public static string Memory(ServiceDefinition service) => $"{service.Name}Memory";

    public static string LocalCommand(ServiceDefinition service) => $"{service.Name}LocalCommand";
}
