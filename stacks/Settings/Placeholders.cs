using Bluegreen.Stacks.Config;

namespace Bluegreen.Stacks.Settings;

/// <summary>A setting whose value has the right shape but names nothing real, so <c>pulumi up</c> would fail at AWS.</summary>
/// <param name="Key">The qualified key, e.g. "bluegreen:vpcId".</param>
/// <param name="Fix">The command that replaces it.</param>
public sealed record Placeholder(string Key, string Value, string Fix);

/// <summary>
/// Finds the placeholders the committed dev and prod stack files hold until someone fills in a real account: the
/// all-zero account 000000000000 (in the registry host and the certificate ARN) and VPC and subnet ids whose hex
/// digits are all zeros but for at most two. Real AWS ids are random hex, so neither occurs by chance.
/// </summary>
public static class Placeholders
{
    private const string PlaceholderAccount = "000000000000";

    public static IReadOnlyList<Placeholder> In(StackSettings settings)
    {
        if (settings.Aws is not { } aws)
        {
            return [];
        }

        var stack = settings.StackName;
        var found = new List<Placeholder>();
        if (aws.ImageRegistry.StartsWith(PlaceholderAccount + ".", StringComparison.Ordinal))
        {
            found.Add(new Placeholder(Key(ConfigKeys.ImageRegistry), aws.ImageRegistry,
                $"pulumi config set imageRegistry <account>.dkr.ecr.{aws.Region}.amazonaws.com --stack {stack}"));
        }

        if (aws.CertificateArn is { } certificate && (certificate.Contains($":{PlaceholderAccount}:", StringComparison.Ordinal) || certificate.EndsWith("/00000000-0000-0000-0000-000000000000", StringComparison.Ordinal)))
        {
            found.Add(new Placeholder(Key(ConfigKeys.CertificateArn), certificate,
                $"pulumi config set certificateArn <the ARN from aws acm list-certificates --region {aws.Region}> --stack {stack}"));
        }

        if (aws.VpcId.Length > 0 && IsZeroId(aws.VpcId))
        {
            found.Add(new Placeholder(Key(ConfigKeys.VpcId), aws.VpcId, $"pulumi config set vpcId <vpc-…> --stack {stack}"));
        }

        foreach (var (key, ids) in new[] { (ConfigKeys.PublicSubnetIds, aws.PublicSubnetIds), (ConfigKeys.PrivateSubnetIds, aws.PrivateSubnetIds) })
        {
            for (var i = 0; i < ids.Count; i++)
            {
                if (IsZeroId(ids[i]))
                {
                    found.Add(new Placeholder(Key(key), ids[i], $"pulumi config set --path '{key}[{i}]' <subnet-…> --stack {stack}"));
                }
            }
        }

        return found;
    }

    /// <summary>"vpc-00000000000000001": the hex part after the prefix has at most two digits that are not zero.</summary>
    private static bool IsZeroId(string id) => id[(id.IndexOf('-', StringComparison.Ordinal) + 1)..].Count(c => c != '0') <= 2;

    private static string Key(string name) => $"{ConfigKey.ProjectNamespace}:{name}";
}
