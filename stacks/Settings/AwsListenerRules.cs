using System.Globalization;
using Bluegreen.Components;
using Bluegreen.Components.Aws.Elb;
using Bluegreen.Stacks.Config;

namespace Bluegreen.Stacks.Settings;

/// <summary>
/// Checks across the listener settings of an AWS stack: distinct ports (the HTTP redirect listener owns port 80 under
/// HTTPS), a certificate from the stack's own region, and a test listener that the whole internet cannot reach.
/// </summary>
internal static class AwsListenerRules
{
    public static IEnumerable<SettingsError> Check(AppDefinition app, string stackName, ValidatedValues values)
    {
        var https = app.Protocol == ListenerProtocol.Https;
        var ports = new[] { ConfigKeys.ProductionPort, ConfigKeys.TestPort };
        if (ports.All(values.IsUsable))
        {
            var production = values.Integer(ConfigKeys.ProductionPort);
            var test = values.Integer(ConfigKeys.TestPort);
            if (production == test)
            {
                yield return new SettingsError(Qualified(ConfigKeys.TestPort),
                    $"bluegreen:testPort is {test}, the same as productionPort; the test listener needs a port of its own. "
                    + $"Fix: pulumi config set testPort {(https ? 8443 : 8080)} --stack {stackName}");
            }

            foreach (var (key, port, fix) in new[] { (ConfigKeys.ProductionPort, production, 443), (ConfigKeys.TestPort, test, 8443) })
            {
                if (https && port == LoadBalancer.HttpPort)
                {
                    yield return new SettingsError(Qualified(key),
                        $"bluegreen:{key} is {port}, the port of the plain HTTP listener that redirects to HTTPS. "
                        + $"Fix: pulumi config set {key} {fix} --stack {stackName}");
                }
            }
        }

        if (https && values.IsUsable(ConfigKeys.CertificateArn) && values.IsUsable(ConfigKeys.AwsRegion)
            && AcmCertificateArn.RegionOf(values.Text(ConfigKeys.CertificateArn)) is var certificateRegion
            && certificateRegion != values.Text(ConfigKeys.AwsRegion))
        {
            var region = values.Text(ConfigKeys.AwsRegion);
            yield return new SettingsError(Qualified(ConfigKeys.CertificateArn),
                $"bluegreen:certificateArn is a certificate in {certificateRegion}, but the stack runs in {region}; a load balancer "
                + $"can only present a certificate of its own region. Fix: request or import it in {region} "
                + $"(aws acm request-certificate --region {region} ...), then pulumi config set certificateArn <its ARN> --stack {stackName}");
        }

        if (values.IsUsable(ConfigKeys.TestListenerCidr) && values.Text(ConfigKeys.TestListenerCidr) is var cidr
            && int.Parse(cidr.Split('/')[1], CultureInfo.InvariantCulture) == 0)
        {
            yield return new SettingsError(Qualified(ConfigKeys.TestListenerCidr),
                $"bluegreen:testListenerCidr is {Quoted.Shortened(cidr)}, which opens the test listener, and with it the idle, unreleased "
                + $"color, to the whole internet. Fix: pulumi config set testListenerCidr <your office or VPN range, e.g. 203.0.113.0/24> --stack {stackName}");
        }
    }

    private static string Qualified(string name) => name.Contains(':', StringComparison.Ordinal) ? name : $"{ConfigKey.ProjectNamespace}:{name}";
}
