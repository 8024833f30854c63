using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Bluegreen.Stacks.Config;

/// <summary>
/// An IPv4 network such as "10.0.0.0/16". Host bits must be zero: terraform-provider-aws validates a security group
/// rule's <c>cidr_ipv4</c> with <c>fwvalidators.IPv4CIDRNetworkAddress</c> (securityGroupRuleResource.Schema), so
/// "10.1.2.3/8" would only fail at <c>pulumi up</c>.
/// </summary>
public sealed record Ipv4Cidr : ValueRule
{
    private const string Expected = "an IPv4 CIDR block such as \"203.0.113.0/24\"";

    public override string? Problem(ConfigValue value)
    {
        if (value is not TextValue text || text.Value.Split('/') is not [var address, var bits]
            || !IPAddress.TryParse(address, out var ip) || ip.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork
            || address.Count(c => c == '.') != 3
            || !int.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix is < 0 or > 32)
        {
            return Expected;
        }

        var number = BitConverter.ToUInt32([.. ip.GetAddressBytes().Reverse()]);
        var network = prefix == 0 ? 0u : number & (uint.MaxValue << (32 - prefix));
        return network == number
            ? null
            : $"{Expected} whose host bits are zero: write \"{new IPAddress(BitConverter.GetBytes(network).Reverse().ToArray())}/{prefix}\"";
    }
}

/// <summary>The ARN of an ACM certificate: arn:aws:acm:&lt;region&gt;:&lt;12-digit account&gt;:certificate/&lt;uuid&gt;.</summary>
public sealed partial record AcmCertificateArn : ValueRule
{
    public override string? Problem(ConfigValue value) => value is TextValue text && Pattern().IsMatch(text.Value)
        ? null
        : "an ACM certificate ARN such as \"arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789\"";

    /// <summary>The region an ARN accepted by this rule names.</summary>
    public static string RegionOf(string arn) => arn.Split(':')[3];

    [GeneratedRegex("^arn:aws(-cn|-us-gov)?:acm:[a-z]{2}(-[a-z]+)+-[0-9]+:[0-9]{12}:certificate/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex Pattern();
}

/// <summary>
/// The registry host (and optional path) that prefixes every image. The first part must contain "." or ":" or be
/// "localhost", or Docker reads it as a Docker Hub account (distribution/reference normalize.go
/// <c>splitDockerDomain</c>); an ECR host must have the full ECR shape.
/// </summary>
public sealed partial record RegistryHost : ValueRule
{
    private const string Expected = "a registry host (and optional path) without scheme or tag, such as \"123456789012.dkr.ecr.eu-west-1.amazonaws.com\"";

    public override string? Problem(ConfigValue value)
    {
        if (value is not TextValue text || !Shape().IsMatch(text.Value))
        {
            return Expected;
        }

        var host = text.Value.Split('/')[0];
        if (!host.Contains('.', StringComparison.Ordinal) && !host.Contains(':', StringComparison.Ordinal) && host != "localhost")
        {
            return $"{Expected}; \"{host}\" has no dot, so Docker would look for it as an account on Docker Hub";
        }

        return host.Contains(".dkr.ecr.", StringComparison.Ordinal) && !Ecr().IsMatch(host)
            ? $"{Expected}; an ECR host is <12-digit account>.dkr.ecr.<region>.amazonaws.com"
            : null;
    }

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9._-]+)*$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^[0-9]{12}\.dkr\.ecr(-fips)?\.[a-z]{2}(-[a-z]+)+-[0-9]+\.amazonaws\.com(\.cn)?$")]
    private static partial Regex Ecr();
}

/// <summary>An AWS resource id: the prefix and 8 or 17 lower-case hex digits, e.g. "vpc-0123456789abcdef0".</summary>
public sealed partial record AwsResourceId(string Prefix) : ValueRule
{
    public override string? Problem(ConfigValue value) => value is TextValue text && Matches(text.Value)
        ? null
        : $"a {Prefix} id such as \"{Prefix}-0123456789abcdef0\" ({Prefix}- and 17 or 8 hex digits)";

    public bool Matches(string id) => id.StartsWith(Prefix + "-", StringComparison.Ordinal) && Hex().IsMatch(id[(Prefix.Length + 1)..]);

    [GeneratedRegex("^([0-9a-f]{17}|[0-9a-f]{8})$")]
    private static partial Regex Hex();
}
