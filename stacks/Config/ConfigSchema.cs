using System.Text.RegularExpressions;
using Bluegreen.Components;
using Bluegreen.Components.Model;

namespace Bluegreen.Stacks.Config;

/// <summary>
/// Every setting a stack may have, declared once. It depends on the app's shape (three keys per service, network keys
/// only when the stack brings its own VPC) and on nothing else.
/// </summary>
public sealed partial class ConfigSchema
{
    private readonly Dictionary<string, ConfigKey> _byQualifiedName;

    private ConfigSchema(IReadOnlyList<ConfigKey> keys)
    {
        Keys = keys;
        _byQualifiedName = keys.ToDictionary(k => k.QualifiedName, StringComparer.Ordinal);
    }

    public IReadOnlyList<ConfigKey> Keys { get; }

    public ConfigKey? Find(string qualifiedName) => _byQualifiedName.GetValueOrDefault(qualifiedName);

    public static ConfigSchema For(AppDefinition app) => new(
    [
        new ConfigKey
        {
            Name = ConfigKeys.ActiveColor, Type = DeclaredType.String, Default = new TextValue(DeploymentColor.Blue.Name()),
            Rule = new OneOfTexts([.. DeploymentColors.All.Select(c => c.Name())]), Engine = EngineScope.Both,
            Description = "The color that takes production traffic: blue or green. The other color serves the test listener.",
        },
        .. DeploymentColors.All.Select(color => new ConfigKey
        {
            Name = ConfigKeys.ImageTag(color), Type = DeclaredType.String, Required = true, Rule = new ImageTagShape(),
            Engine = EngineScope.Both, Description = $"Image tag (app version) the {color.Name()} color runs.",
        }),
        .. app.Services.SelectMany(ServiceKeys),
        Text(ConfigKeys.DbInstanceClass, "db.t4g.micro", InstanceClassRule, "Instance class of the PostgreSQL primary."),
        Text(ConfigKeys.DbReplicaInstanceClass, "db.t4g.micro", InstanceClassRule, "Instance class of each color's read replica."),
        Integer(ConfigKeys.DbAllocatedStorageGb, 20, new IntegerRange(20, 65536), EngineScope.Aws, "Storage of the primary in GiB."),
        Integer(ConfigKeys.MaxReplicaLagSeconds, 30, new IntegerRange(1, 3600), EngineScope.Both, "Replica lag beyond which a color may not take traffic (and its lag alarm fires)."),
        new ConfigKey
        {
            Name = ConfigKeys.ImageRegistry, Type = DeclaredType.String, Required = true, Engine = EngineScope.Aws, Rule = new RegistryHost(),
            Description = "Registry host that prefixes every image, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com.",
        },
        .. ListenerKeys(app.Protocol),
        new ConfigKey
        {
            Name = ConfigKeys.TestListenerCidr, Type = DeclaredType.String, Required = true, Rule = new Ipv4Cidr(), Engine = EngineScope.Aws,
            Description = "The only addresses that may reach the test listener, e.g. your office or VPN range.",
        },
        .. app.Network == NetworkMode.Existing ? ExistingNetworkKeys() : [],
        new ConfigKey
        {
            Name = ConfigKeys.AwsRegion, Type = DeclaredType.String, Required = true, Rule = RegionRule, Engine = EngineScope.Aws,
            Description = "AWS region of the stack.",
        },
        new ConfigKey
        {
            Name = ConfigKeys.Engine, Type = DeclaredType.String, Default = new TextValue("aws"), Rule = new OneOfTexts(["aws", "local"]),
            Engine = EngineScope.Local, Description = "What realises the stack: the Pulumi program on AWS, or real processes on this machine.",
        },
        Integer(ConfigKeys.LocalProductionPort, 18080, LocalPortRule, EngineScope.Local, "Local router's production listener port."),
        Integer(ConfigKeys.LocalTestPort, 18081, LocalPortRule, EngineScope.Local, "Local router's test listener port (idle color)."),
        Integer(ConfigKeys.LocalAdminPort, 18082, LocalPortRule, EngineScope.Local, "Local router's loopback admin port."),
        Integer(ConfigKeys.LocalPostgresPort, 55432, LocalPortRule, EngineScope.Local, "Local PostgreSQL primary port; the replicas take the next two."),
        Integer(ConfigKeys.LocalInstanceBasePort, 18100, LocalPortRule, EngineScope.Local, "First port handed to local app instances."),
        new ConfigKey
        {
            Name = ConfigKeys.LocalStateDirectory, Type = DeclaredType.String, Rule = NonEmptyRule, Engine = EngineScope.Local,
            Description = "Local state folder, relative to the project folder. Left out: .bluegreen/<stack>.",
        },
    ]);

    private static IEnumerable<ConfigKey> ServiceKeys(ServiceDefinition service) =>
    [
        Integer(ConfigKeys.DesiredCount(service), 1, new IntegerRange(0, 100), EngineScope.Both, $"Tasks of the {service.Name} service per color; 0 stops it."),
        Integer(ConfigKeys.Cpu(service), 256, new OneOfIntegers(FargateSizes.CpuUnits), EngineScope.Aws, $"Fargate CPU units of a {service.Name} task (1024 = one vCPU)."),
        Integer(ConfigKeys.Memory(service), 512, new IntegerRange(512, 30720), EngineScope.Aws, $"Memory of a {service.Name} task in MiB; must suit the CPU."),
        new ConfigKey
        {
            Name = ConfigKeys.LocalCommand(service), Type = DeclaredType.String, Rule = NonEmptyRule, Engine = EngineScope.Local,
            Description = $"Command the local engine runs for {service.Name} instead of the sample app. Placeholders: {{port}}, {{color}}, {{version}}.",
        },
    ];

    /// <summary>Ports default to HTTPS's 443 and 8443 (plain HTTP: 80 and 8080); HTTPS adds the certificate.</summary>
    private static IEnumerable<ConfigKey> ListenerKeys(ListenerProtocol protocol)
    {
        var https = protocol == ListenerProtocol.Https;
        var scheme = https ? "HTTPS" : "HTTP";
        yield return Integer(ConfigKeys.ProductionPort, https ? 443 : 80, PortRule, EngineScope.Aws, $"Port of the production listener ({scheme}), open to everyone.");
        yield return Integer(ConfigKeys.TestPort, https ? 8443 : 8080, PortRule, EngineScope.Aws, $"Port of the test listener ({scheme}), which serves the idle color.");
        if (https)
        {
            yield return new ConfigKey
            {
                Name = ConfigKeys.CertificateArn, Type = DeclaredType.String, Required = true, Engine = EngineScope.Aws, Rule = new AcmCertificateArn(),
                Description = "ACM certificate of both HTTPS listeners, in the stack's region, for the name clients use.",
            };
        }
    }

    private static IEnumerable<ConfigKey> ExistingNetworkKeys() =>
    [
        new ConfigKey
        {
            Name = ConfigKeys.VpcId, Type = DeclaredType.String, Required = true, Engine = EngineScope.Aws,
            Rule = new AwsResourceId("vpc"),
            Description = "The VPC the stack deploys into.",
        },
        SubnetList(ConfigKeys.PublicSubnetIds, "Subnets of the load balancer, in two or more zones."),
        SubnetList(ConfigKeys.PrivateSubnetIds, "Subnets of the tasks and databases, in two or more zones, with outbound internet (NAT) access."),
    ];

    private static ConfigKey SubnetList(string name, string description) => new()
    {
        Name = name, Type = DeclaredType.Array, Items = DeclaredType.String, Required = true, Engine = EngineScope.Aws,
        Rule = new TextList(2, new AwsResourceId("subnet")), Description = description,
    };

    private static ConfigKey Integer(string name, int defaultValue, ValueRule rule, EngineScope engine, string description) => new()
    {
        Name = name, Type = DeclaredType.Integer, Default = new IntegerValue(defaultValue), Rule = rule, Engine = engine, Description = description,
    };

    private static ConfigKey Text(string name, string defaultValue, ValueRule rule, string description) => new()
    {
        Name = name, Type = DeclaredType.String, Default = new TextValue(defaultValue), Rule = rule, Engine = EngineScope.Aws, Description = description,
    };

    private static readonly IntegerRange PortRule = new(1, 65535);
    private static readonly IntegerRange LocalPortRule = new(1024, 65535);
    private static readonly TextPattern NonEmptyRule = new(NonEmptyPattern(), "a non-empty text");
    private static readonly TextPattern InstanceClassRule = new(InstanceClassPattern(), "an RDS instance class starting with \"db.\", such as \"db.t4g.micro\"");
    private static readonly TextPattern RegionRule = new(RegionPattern(), "an AWS region such as \"eu-west-1\"");

    [GeneratedRegex(@"\S")]
    private static partial Regex NonEmptyPattern();

    [GeneratedRegex(@"^db\.[a-z0-9]+\.[a-z0-9]+$")]
    private static partial Regex InstanceClassPattern();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex RegionPattern();
}
