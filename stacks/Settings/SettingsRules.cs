using System.Text.RegularExpressions;
using Bluegreen.Components;
using Bluegreen.Stacks.Config;

namespace Bluegreen.Stacks.Settings;

/// <summary>Checks that involve more than one setting: Fargate sizes, local ports, stack names fit for AWS names; AWS listeners in <see cref="AwsListenerRules"/>.</summary>
internal static partial class SettingsRules
{
    public static IEnumerable<SettingsError> Check(AppDefinition app, string stackName, EngineKind engine, ValidatedValues values)
    {
        foreach (var error in app.Services.SelectMany(service => FargateSize(service, stackName, values)))
        {
            yield return error;
        }

        var portErrors = engine == EngineKind.Aws
            ? AwsStackName(stackName).Concat(AwsListenerRules.Check(app, stackName, values))
            : LocalPorts(app, stackName, values);
        foreach (var error in portErrors)
        {
            yield return error;
        }
    }

    private static IEnumerable<SettingsError> FargateSize(ServiceDefinition service, string stackName, ValidatedValues values)
    {
        string cpuKey = ConfigKeys.Cpu(service), memoryKey = ConfigKeys.Memory(service);
        if (!values.IsUsable(cpuKey) || !values.IsUsable(memoryKey))
        {
            yield break;
        }

        var allowed = FargateSizes.MemoryFor(values.Integer(cpuKey));
        if (!allowed.Contains(values.Integer(memoryKey)))
        {
            yield return new SettingsError(Qualified(memoryKey),
                $"bluegreen:{memoryKey} is {values.Integer(memoryKey)}, but with {cpuKey} {values.Integer(cpuKey)} Fargate allows only "
                + $"{string.Join(", ", allowed)} MiB. Fix: pulumi config set {memoryKey} {allowed[0]} --stack {stackName}");
        }
    }

    private static IEnumerable<SettingsError> AwsStackName(string stackName)
    {
        if (!AwsStackNamePattern().IsMatch(stackName))
        {
            yield return new SettingsError("",
                $"Stack name \"{stackName}\" becomes part of AWS names (database identifiers, log group), which allow only lower-case letters, "
                + "digits and dashes, starting with a letter. Rename the stack: pulumi stack rename <new-name>");
        }
    }

    private static IEnumerable<SettingsError> LocalPorts(AppDefinition app, string stackName, ValidatedValues values)
    {
        string[] keys = [ConfigKeys.LocalProductionPort, ConfigKeys.LocalTestPort, ConfigKeys.LocalAdminPort, ConfigKeys.LocalPostgresPort, ConfigKeys.LocalInstanceBasePort];
        if (!keys.All(values.IsUsable) || !app.Services.All(s => values.IsUsable(ConfigKeys.DesiredCount(s))))
        {
            yield break;
        }

        var postgres = values.Integer(ConfigKeys.LocalPostgresPort);
        var claims = new List<(string Owner, int First, int Last)>
        {
            (ConfigKeys.LocalProductionPort, values.Integer(ConfigKeys.LocalProductionPort), values.Integer(ConfigKeys.LocalProductionPort)),
            (ConfigKeys.LocalTestPort, values.Integer(ConfigKeys.LocalTestPort), values.Integer(ConfigKeys.LocalTestPort)),
            (ConfigKeys.LocalAdminPort, values.Integer(ConfigKeys.LocalAdminPort), values.Integer(ConfigKeys.LocalAdminPort)),
            (ConfigKeys.LocalPostgresPort, postgres, postgres + 2),
        };
        var instances = app.Services.Sum(s => values.Integer(ConfigKeys.DesiredCount(s))) * DeploymentColors.All.Count;
        var basePort = values.Integer(ConfigKeys.LocalInstanceBasePort);
        if (instances > 0)
        {
            claims.Add((ConfigKeys.LocalInstanceBasePort, basePort, basePort + instances - 1));
        }

        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (claims[i].First <= claims[j].Last && claims[j].First <= claims[i].Last)
                {
                    yield return new SettingsError(Qualified(claims[i].Owner),
                        $"bluegreen:{claims[i].Owner} uses ports {Range(claims[i])}, which overlap {claims[j].Owner} ({Range(claims[j])}). "
                        + $"Fix: pulumi config set {claims[i].Owner} <free port> --stack {stackName}");
                }
            }
        }

        if (basePort + instances - 1 > ushort.MaxValue)
        {
            yield return new SettingsError(Qualified(ConfigKeys.LocalInstanceBasePort),
                $"bluegreen:localInstanceBasePort is {basePort}, but {instances} instances need ports up to {basePort + instances - 1}, above 65535. "
                + $"Fix: pulumi config set localInstanceBasePort 18100 --stack {stackName}");
        }
    }

    private static string Range((string Owner, int First, int Last) claim) =>
        claim.First == claim.Last ? $"{claim.First}" : $"{claim.First}-{claim.Last}";

    private static string Qualified(string name) => $"{ConfigKey.ProjectNamespace}:{name}";

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex AwsStackNamePattern();
}
