namespace Bluegreen.Components.Model;

/// <summary>Every resource and function type the generator emits, as full canonical tokens.</summary>
public static class TypeTokens
{
    public const string Vpc = "aws:ec2/vpc:Vpc";
    public const string Subnet = "aws:ec2/subnet:Subnet";
    public const string InternetGateway = "aws:ec2/internetGateway:InternetGateway";
    public const string RouteTable = "aws:ec2/routeTable:RouteTable";
    public const string Route = "aws:ec2/route:Route";
    public const string RouteTableAssociation = "aws:ec2/routeTableAssociation:RouteTableAssociation";
    public const string SecurityGroup = "aws:ec2/securityGroup:SecurityGroup";
    public const string SecurityGroupIngressRule = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    public const string SecurityGroupEgressRule = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    public const string LoadBalancer = "aws:lb/loadBalancer:LoadBalancer";
    public const string Listener = "aws:lb/listener:Listener";
    public const string ListenerRule = "aws:lb/listenerRule:ListenerRule";
    public const string TargetGroup = "aws:lb/targetGroup:TargetGroup";
    public const string EcsCluster = "aws:ecs/cluster:Cluster";
    public const string EcsService = "aws:ecs/service:Service";
    public const string EcsTaskDefinition = "aws:ecs/taskDefinition:TaskDefinition";
    public const string IamRole = "aws:iam/role:Role";
    public const string IamRolePolicy = "aws:iam/rolePolicy:RolePolicy";
    public const string IamRolePolicyAttachment = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    public const string LogGroup = "aws:cloudwatch/logGroup:LogGroup";
    public const string MetricAlarm = "aws:cloudwatch/metricAlarm:MetricAlarm";
    public const string SnsTopic = "aws:sns/topic:Topic";
    public const string RdsInstance = "aws:rds/instance:Instance";
    public const string RdsSubnetGroup = "aws:rds/subnetGroup:SubnetGroup";
    public const string SecretsManagerSecret = "aws:secretsmanager/secret:Secret";
    public const string SecretsManagerSecretVersion = "aws:secretsmanager/secretVersion:SecretVersion";
    public const string SsmParameter = "aws:ssm/parameter:Parameter";
    public const string RandomPassword = "random:index/randomPassword:RandomPassword";
    public const string AwsProvider = "pulumi:providers:aws";
    public const string RandomProvider = "pulumi:providers:random";
}
