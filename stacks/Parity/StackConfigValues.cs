using Bluegreen.Components;
using Bluegreen.Components.Model;
using Bluegreen.Stacks.Config;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Stacks.Parity;

/// <summary>The values a stack gives the program's config keys, as expressions (what <c>${key}</c> would read).</summary>
public static class StackConfigValues
{
    public static IReadOnlyDictionary<string, Expr> From(AppDefinition app, StackSettings settings)
    {
        var values = new Dictionary<string, Expr>(StringComparer.Ordinal)
        {
            [ConfigKeys.ActiveColor] = settings.ActiveColor.Name(),
            [ConfigKeys.DbInstanceClass] = settings.Database.InstanceClass,
            [ConfigKeys.DbReplicaInstanceClass] = settings.Database.ReplicaInstanceClass,
            [ConfigKeys.DbAllocatedStorageGb] = settings.Database.AllocatedStorageGb,
            [ConfigKeys.MaxReplicaLagSeconds] = settings.Database.MaxReplicaLagSeconds,
        };
        foreach (var color in DeploymentColors.All)
        {
            values[ConfigKeys.ImageTag(color)] = settings.ImageTag(color);
        }

        foreach (var service in app.Services)
        {
            var sizes = settings.Services[service.Name];
            values[ConfigKeys.DesiredCount(service)] = sizes.DesiredCount;
            values[ConfigKeys.Cpu(service)] = sizes.Cpu;
            values[ConfigKeys.Memory(service)] = sizes.MemoryMiB;
        }

        if (settings.Aws is { } aws)
        {
            values[ConfigKeys.ImageRegistry] = aws.ImageRegistry;
            values[ConfigKeys.ProductionPort] = aws.ProductionPort;
            values[ConfigKeys.TestPort] = aws.TestPort;
            values[ConfigKeys.TestListenerCidr] = aws.TestListenerCidr;
            if (aws.CertificateArn is { } certificate)
            {
                values[ConfigKeys.CertificateArn] = certificate;
            }

            if (app.Network == NetworkMode.Existing)
            {
                values[ConfigKeys.VpcId] = aws.VpcId;
                values[ConfigKeys.PublicSubnetIds] = Expr.List(aws.PublicSubnetIds.Select(id => (Expr)id));
                values[ConfigKeys.PrivateSubnetIds] = Expr.List(aws.PrivateSubnetIds.Select(id => (Expr)id));
            }
        }

        return values;
    }
}
