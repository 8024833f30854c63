using Bluegreen.Components.Model;

namespace Bluegreen.Components.BlueGreen;

/// <summary>
/// The inputs of the ColorEnvironment component. Component inputs can only be strings, integers, booleans and arrays,
/// so per-service sizes are one input each (<c>webDesiredCount</c>, <c>webCpu</c>, <c>webMemory</c>).
/// </summary>
public static class ColorEnvironmentInputs
{
    /// <summary>"blue" or "green": names, the X-Color header value and BLUEGREEN_COLOR.</summary>
    public const string Color = "color";

    /// <summary>The image tag (app version) this color runs.</summary>
    public const string ImageTag = "imageTag";

    /// <summary>0 for blue, 1 for green: picks this color's rule priorities, which must differ per listener.</summary>
    public const string PrioritySlot = "prioritySlot";

    /// <summary>
    /// The color that takes production traffic, already checked by the program. Both colors get the same value; each
    /// puts its routing rules on the production listener when it is the active color, on the test listener otherwise.
    /// </summary>
    public const string ActiveColor = "activeColor";

    public const string NamePrefix = "namePrefix";
    public const string ImageRegistry = "imageRegistry";
    public const string Region = "region";
    public const string ClusterArn = "clusterArn";
    public const string ProductionListenerArn = "productionListenerArn";
    public const string TestListenerArn = "testListenerArn";
    public const string LoadBalancerArnSuffix = "loadBalancerArnSuffix";
    public const string VpcId = "vpcId";
    public const string ServiceSubnetIds = "serviceSubnetIds";
    public const string AssignPublicIp = "assignPublicIp";
    public const string ServicesSecurityGroupId = "servicesSecurityGroupId";
    public const string DatabaseSecurityGroupId = "databaseSecurityGroupId";
    public const string ExecutionRoleArn = "executionRoleArn";
    public const string TaskRoleArn = "taskRoleArn";
    public const string LogGroupName = "logGroupName";
    public const string PrimaryDbIdentifier = "primaryDbIdentifier";
    public const string PrimaryDbAddress = "primaryDbAddress";
    public const string DbSecretArn = "dbSecretArn";
    public const string DbReplicaInstanceClass = "dbReplicaInstanceClass";
    public const string MaxReplicaLagSeconds = "maxReplicaLagSeconds";
    public const string ActiveColorParameterName = "activeColorParameterName";

    /// <summary>The SNS topic the color's alarms notify.</summary>
    public const string AlarmTopicArn = "alarmTopicArn";

    /// <summary>Inputs whose values make a color what it is. Parity allows these, and only these, to differ.</summary>
    public static IReadOnlyList<string> Identity { get; } = [Color, ImageTag, PrioritySlot];

    public static string DesiredCount(ServiceDefinition service) => $"{service.Name}DesiredCount";

    public static string Cpu(ServiceDefinition service) => $"{service.Name}Cpu";

    public static string Memory(ServiceDefinition service) => $"{service.Name}Memory";

    /// <summary>Every input in declaration order: shared ones first, then three per service in app order.</summary>
    public static IReadOnlyList<ValueDeclaration> Declare(AppDefinition app) =>
    [
        Text(Color), Text(ImageTag), Number(PrioritySlot), Text(ActiveColor), Text(NamePrefix), Text(ImageRegistry),
        Text(Region), Text(ClusterArn), Text(ProductionListenerArn), Text(TestListenerArn), Text(LoadBalancerArnSuffix),
        Text(VpcId),
        new() { Name = ServiceSubnetIds, Type = DeclaredType.Array, Items = DeclaredType.String },
        new() { Name = AssignPublicIp, Type = DeclaredType.Boolean },
        Text(ServicesSecurityGroupId), Text(DatabaseSecurityGroupId), Text(ExecutionRoleArn), Text(TaskRoleArn),
        Text(LogGroupName), Text(PrimaryDbIdentifier), Text(PrimaryDbAddress), Text(DbSecretArn),
        Text(DbReplicaInstanceClass), Number(MaxReplicaLagSeconds), Text(ActiveColorParameterName), Text(AlarmTopicArn),
        .. app.Services.SelectMany(service => new[] { Number(DesiredCount(service)), Number(Cpu(service)), Number(Memory(service)) }),
    ];

    private static ValueDeclaration Text(string name) => new() { Name = name, Type = DeclaredType.String };

    private static ValueDeclaration Number(string name) => new() { Name = name, Type = DeclaredType.Integer };
}
