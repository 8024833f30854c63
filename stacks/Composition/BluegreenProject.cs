using Bluegreen.Components;
using Bluegreen.Components.Aws.Ecs;
using Bluegreen.Components.Aws.Elb;
using Bluegreen.Components.Aws.Monitoring;
using Bluegreen.Components.Aws.Network;
using Bluegreen.Components.Aws.Providers;
using Bluegreen.Components.Aws.Rds;
using Bluegreen.Components.Aws.Security;
using Bluegreen.Components.Aws.Ssm;
using Bluegreen.Components.BlueGreen;
using Bluegreen.Components.Model;
using Bluegreen.Stacks.Config;
using static Bluegreen.Components.BlueGreen.ColorEnvironmentInputs;

namespace Bluegreen.Stacks.Composition;

/// <summary>
/// The composition root: the shared infrastructure built once, the ColorEnvironment package and its blue and green
/// instances, which both receive the checked active color and attach their own routing rules to the listeners. No
/// program resource reads a color's outputs, so tearing one color down never touches shared resources. Depends on the
/// app's shape only, never on a stack's values, which the program reads from config when it runs.
/// </summary>
public sealed class BluegreenProject
{
    public const string ProjectName = "bluegreen";

    /// <summary>
    /// Differs from <see cref="ProjectName"/> on purpose: the engine hands a package's default provider every stack key
    /// in the namespace of the package's name (pulumi/pulumi deploy/target.go <c>Target.GetPackageConfig</c>, called by
    /// default_providers.go <c>newRegisterDefaultProviderEvent</c>), so a package named "bluegreen" would receive every
    /// <c>bluegreen:*</c> setting as provider configuration and show a provider update on every flip.
    /// </summary>
    public const string PackageName = "bluegreen-components";

    /// <summary>The type token of a color's instance, and of every URN's ancestor chain below it.</summary>
    public const string ColorEnvironmentType = PackageName + ":index:" + ColorEnvironment.ComponentName;
    public const string PackageVersion = "0.1.0";

    private readonly AppDefinition _app;
    private readonly Dictionary<string, Expr> _shared;

    public BluegreenProject(AppDefinition app)
    {
        _app = app;
        var schema = ConfigSchema.For(app);
        var namePrefix = Expr.Ref(ProgramNames.NamePrefix);
        // The stack's aws:region as the program reads it: the host keeps other namespaces' keys whole (pulumi-yaml run.go
        // getConfNodesFromMap strips only the project prefix) and a reference name runs up to '.', '[' or '}'
        // (ast/property.go parsePropertyAccess), so ${aws:region} needs no getRegion invoke.
        var region = Expr.Ref(ConfigKeys.AwsRegion);
        INetwork network = app.Network == NetworkMode.Existing
            ? new ExistingNetwork(Expr.Ref(ConfigKeys.VpcId), Expr.Ref(ConfigKeys.PublicSubnetIds), Expr.Ref(ConfigKeys.PrivateSubnetIds))
            : new MinimalNetwork(region);
        var security = new SecurityGroups(new SecurityGroupsArgs
        {
            VpcId = network.VpcId,
            ProductionPort = Expr.Ref(ConfigKeys.ProductionPort),
            TestPort = Expr.Ref(ConfigKeys.TestPort),
            TestListenerCidr = Expr.Ref(ConfigKeys.TestListenerCidr),
            RedirectPort = app.Protocol == ListenerProtocol.Https ? LoadBalancer.HttpPort : null,
            ContainerPorts = [.. app.WebServices.Select(s => s.ContainerPort)],
        });
        var loadBalancer = new LoadBalancer(new LoadBalancerArgs
        {
            PublicSubnetIds = network.PublicSubnetIds,
            SecurityGroupId = security.LoadBalancerGroupId,
            ProductionPort = Expr.Ref(ConfigKeys.ProductionPort),
            TestPort = Expr.Ref(ConfigKeys.TestPort),
            Protocol = app.Protocol,
            CertificateArn = app.Protocol == ListenerProtocol.Https ? Expr.Ref(ConfigKeys.CertificateArn) : null,
        });
        var cluster = new EcsCluster(namePrefix);
        var logGroup = new LogGroup(Expr.Format($"/bluegreen/{namePrefix}"));
        var activeColor = Expr.Ref(ProgramNames.CheckedActiveColor);
        var parameter = new ActiveColorParameter(Expr.Format($"/bluegreen/{namePrefix}/active-color"), activeColor);
        var database = new PrimaryDatabase(new PrimaryDatabaseArgs
        {
            NamePrefix = namePrefix,
            PrivateSubnetIds = network.PrivateSubnetIds,
            SecurityGroupId = security.DatabaseGroupId,
            InstanceClass = Expr.Ref(ConfigKeys.DbInstanceClass),
            AllocatedStorageGb = Expr.Ref(ConfigKeys.DbAllocatedStorageGb),
        });
        var roles = new TaskRoles(database.SecretArn, parameter.Arn);
        var alarms = new AlarmTopic(Expr.Format($"{namePrefix}-alarms"));

        _shared = new Dictionary<string, Expr>
        {
            [ActiveColor] = activeColor,
            [NamePrefix] = namePrefix,
            [ImageRegistry] = Expr.Ref(ConfigKeys.ImageRegistry),
            [Region] = region,
            [ClusterArn] = cluster.Arn,
            [ProductionListenerArn] = loadBalancer.ProductionListenerArn,
            [TestListenerArn] = loadBalancer.TestListenerArn,
            [LoadBalancerArnSuffix] = loadBalancer.ArnSuffix,
            [VpcId] = network.VpcId,
            [ServiceSubnetIds] = network.ServiceSubnetIds,
            [AssignPublicIp] = network.AssignPublicIp,
            [ServicesSecurityGroupId] = security.ServicesGroupId,
            [DatabaseSecurityGroupId] = security.DatabaseGroupId,
            [ExecutionRoleArn] = roles.ExecutionRoleArn,
            [TaskRoleArn] = roles.TaskRoleArn,
            [LogGroupName] = logGroup.GroupName,
            [PrimaryDbIdentifier] = database.Identifier,
            [PrimaryDbAddress] = database.Address,
            [DbSecretArn] = database.PopulatedSecretArn,
            [DbReplicaInstanceClass] = Expr.Ref(ConfigKeys.DbReplicaInstanceClass),
            [MaxReplicaLagSeconds] = Expr.Ref(ConfigKeys.MaxReplicaLagSeconds),
            [ActiveColorParameterName] = parameter.ParameterName,
            [AlarmTopicArn] = alarms.Arn,
        };

        var component = ColorEnvironment.Define(app);
        Package = new ComponentPackage
        {
            Name = PackageName,
            Version = PackageVersion,
            Description = $"One color (blue or green) of {app.Name}: its services, target groups, listener rules, read replica and alarms.",
            Components = [component],
        };
        var instances = DeploymentColors.All
            .Select(color => new Resource(color.Name(), Package.TypeToken(component), ColorArguments(color).ToProperties()))
            .ToList();
        var idleColor = Expr.Ref(ProgramNames.IdleColor);

        Program = new PulumiProgram
        {
            Name = ProjectName,
            Description = $"Blue/green releases of {app.Name} on AWS ECS: two identical colors, traffic set by the activeColor setting.",
            Main = ProjectLayout.Main,
            RequiredPulumiVersion = PulumiCliRequirement.VersionRange,
            Packages = [new PackageReference(PackageName, ProjectLayout.PackageReference)],
            Config = [.. schema.Keys.Where(k => k.IsDeclaredInProgram).Select(k => k.ToDeclaration())],
            Variables =
            [
                new NamedValue(ProgramNames.CheckedActiveColor, ColorSelection.Checked(Expr.Ref(ConfigKeys.ActiveColor))),
                new NamedValue(ProgramNames.IdleColor, ColorSelection.Other(activeColor)),
                new NamedValue(ProgramNames.NamePrefix, Expr.Format($"{app.Name}-{Expr.Ref("pulumi.stack")}")),
            ],
            Resources =
            [
                PinnedProviders.Aws(ProgramNames.AwsProvider, region, isDefault: true),
                PinnedProviders.Random(ProgramNames.RandomProvider, isDefault: true),
                .. network.Resources, .. security.Resources, .. loadBalancer.Resources, .. cluster.Resources,
                .. logGroup.Resources, .. alarms.Resources, .. parameter.Resources, .. database.Resources, .. roles.Resources,
                .. instances,
            ],
            Outputs = [.. Outputs(app, loadBalancer, cluster, parameter, database, activeColor, idleColor), new(ProgramNames.AlarmTopicArnOutput, alarms.Arn)],
        };
    }

    public PulumiProgram Program { get; }

    public ComponentPackage Package { get; }

    /// <summary>What the program passes to one color's instance: its identity, the config keys and the shared ids.</summary>
    public ColorEnvironmentArgs ColorArguments(DeploymentColor color)
    {
        var values = new Dictionary<string, Expr>(_shared)
        {
            [Color] = color.Name(),
            [ImageTag] = Expr.Ref(ConfigKeys.ImageTag(color)),
            [PrioritySlot] = RulePriorities.Slot(color),
        };
        foreach (var service in _app.Services)
        {
            values[DesiredCount(service)] = Expr.Ref(ConfigKeys.DesiredCount(service));
            values[Cpu(service)] = Expr.Ref(ConfigKeys.Cpu(service));
            values[Memory(service)] = Expr.Ref(ConfigKeys.Memory(service));
        }

        return new ColorEnvironmentArgs(_app, values);
    }

    private static IReadOnlyList<NamedValue> Outputs(
        AppDefinition app, LoadBalancer loadBalancer, EcsCluster cluster, ActiveColorParameter parameter, PrimaryDatabase database, Expr activeColor, Expr idleColor) =>
    [
        new(ProgramNames.ProductionUrlOutput, Expr.Format($"{LoadBalancer.Scheme(app.Protocol)}://{loadBalancer.DnsName}:{Expr.Ref(ConfigKeys.ProductionPort)}")),
        new(ProgramNames.TestUrlOutput, Expr.Format($"{LoadBalancer.Scheme(app.Protocol)}://{loadBalancer.DnsName}:{Expr.Ref(ConfigKeys.TestPort)}")),
        new(ProgramNames.ActiveColorOutput, activeColor),
        new(ProgramNames.IdleColorOutput, idleColor),
        new(ProgramNames.ActiveColorParameterOutput, parameter.ParameterName),
        new(ProgramNames.ClusterNameOutput, cluster.ClusterName),
        new(ProgramNames.PrimaryDatabaseAddressOutput, database.Address),
        .. DeploymentColors.All.SelectMany(color =>
            new[] { ColorEnvironmentOutputs.ReplicaAddress }.Concat(app.WebServices.Select(ColorEnvironmentOutputs.TargetGroupArn))
                .Select(output => ColorOutput(color, output))),
    ];

    /// <summary>A color's output as a stack output, e.g. <c>blueWebTargetGroupArn: ${blue.webTargetGroupArn}</c>.</summary>
    private static NamedValue ColorOutput(DeploymentColor color, string output) =>
        new(ProgramNames.ColorOutput(color, output), Expr.Ref(color.Name()).Property(output));
}
