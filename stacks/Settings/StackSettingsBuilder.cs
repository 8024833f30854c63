using Bluegreen.Components;
using Bluegreen.Stacks.Config;

namespace Bluegreen.Stacks.Settings;

/// <summary>Maps validated values onto the <see cref="StackSettings"/> records.</summary>
internal static class StackSettingsBuilder
{
    public static StackSettings Build(AppDefinition app, string stackName, EngineKind engine, ValidatedValues values)
    {
        var active = DeploymentColors.TryParse(values.Text(ConfigKeys.ActiveColor), out var color)
            ? color
            : throw new InvalidOperationException("activeColor passed validation but is not a color.");
        return new StackSettings
        {
            StackName = stackName,
            Engine = engine,
            ActiveColor = active,
            ImageTags = DeploymentColors.All.ToDictionary(color => color, color => values.Text(ConfigKeys.ImageTag(color))),
            Services = app.Services.ToDictionary(service => service.Name, service => new ServiceSettings
            {
                DesiredCount = values.Integer(ConfigKeys.DesiredCount(service)),
                Cpu = values.Integer(ConfigKeys.Cpu(service)),
                MemoryMiB = values.Integer(ConfigKeys.Memory(service)),
                LocalCommand = values.OptionalText(ConfigKeys.LocalCommand(service)),
            }),
            Database = new DatabaseSettings
            {
                InstanceClass = values.Text(ConfigKeys.DbInstanceClass),
                ReplicaInstanceClass = values.Text(ConfigKeys.DbReplicaInstanceClass),
                AllocatedStorageGb = values.Integer(ConfigKeys.DbAllocatedStorageGb),
                MaxReplicaLagSeconds = values.Integer(ConfigKeys.MaxReplicaLagSeconds),
            },
            Aws = engine == EngineKind.Aws ? Aws(app, values) : null,
            Local = engine == EngineKind.Local ? Local(stackName, values) : null,
        };
    }

    private static AwsSettings Aws(AppDefinition app, ValidatedValues values) => new()
    {
        Region = values.Text(ConfigKeys.AwsRegion),
        ImageRegistry = values.Text(ConfigKeys.ImageRegistry),
        VpcId = app.Network == NetworkMode.Existing ? values.Text(ConfigKeys.VpcId) : "",
        PublicSubnetIds = app.Network == NetworkMode.Existing ? values.TextList(ConfigKeys.PublicSubnetIds) : [],
        PrivateSubnetIds = app.Network == NetworkMode.Existing ? values.TextList(ConfigKeys.PrivateSubnetIds) : [],
        ProductionPort = values.Integer(ConfigKeys.ProductionPort),
        TestPort = values.Integer(ConfigKeys.TestPort),
        TestListenerCidr = values.Text(ConfigKeys.TestListenerCidr),
        CertificateArn = app.Protocol == ListenerProtocol.Https ? values.Text(ConfigKeys.CertificateArn) : null,
    };

    private static LocalSettings Local(string stackName, ValidatedValues values) => new()
    {
        ProductionPort = values.Integer(ConfigKeys.LocalProductionPort),
        TestPort = values.Integer(ConfigKeys.LocalTestPort),
        AdminPort = values.Integer(ConfigKeys.LocalAdminPort),
        PostgresPort = values.Integer(ConfigKeys.LocalPostgresPort),
        InstanceBasePort = values.Integer(ConfigKeys.LocalInstanceBasePort),
        StateDirectory = values.OptionalText(ConfigKeys.LocalStateDirectory) ?? $".bluegreen/{stackName}",
    };
}
