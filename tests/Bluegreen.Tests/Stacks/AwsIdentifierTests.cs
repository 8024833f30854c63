using Bluegreen.Tests.Common;
using Bluegreen.Components;
using Bluegreen.Stacks.Apps;
using Bluegreen.Stacks.Config;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Tests.Stacks;

/// <summary>Settings naming AWS things must have the shape AWS gives them; placeholders of that shape are named as such.</summary>
public class AwsIdentifierTests
{
    [Theory]
    [InlineData("bluegreen:vpcId: vpc-0abc0000000000001", "bluegreen:vpcId: vpc-0dev000000000001", "bluegreen:vpcId is \"vpc-0dev000000000001\", but it must be a vpc id such as \"vpc-0123456789abcdef0\" (vpc- and 17 or 8 hex digits). Fix: pulumi config set vpcId <value> --stack dev")]
    [InlineData("- subnet-0aaa0000000000002", "- subnet-0devpublic00002", "bluegreen:publicSubnetIds is [\"subnet-0aaa0000000000001\", \"subnet-0devpublic00002\"], but it must be a list of at least 2 subnet ids such as \"subnet-0123456789abcdef0\" (subnet- and 17 or 8 hex digits). Fix: pulumi config set --path 'publicSubnetIds[0]' <value> --stack dev (one command per entry)")]
    [InlineData("bluegreen:testListenerCidr: 10.0.0.0/8", "bluegreen:testListenerCidr: 10.1.2.3/8", "bluegreen:testListenerCidr is \"10.1.2.3/8\", but it must be an IPv4 CIDR block such as \"203.0.113.0/24\" whose host bits are zero: write \"10.0.0.0/8\". Fix: pulumi config set testListenerCidr <value> --stack dev")]
    [InlineData("bluegreen:imageRegistry: 123456789012.dkr.ecr.eu-west-1.amazonaws.com", "bluegreen:imageRegistry: myteam", "bluegreen:imageRegistry is \"myteam\", but it must be a registry host (and optional path) without scheme or tag, such as \"123456789012.dkr.ecr.eu-west-1.amazonaws.com\"; \"myteam\" has no dot, so Docker would look for it as an account on Docker Hub. Fix: pulumi config set imageRegistry <value> --stack dev")]
    [InlineData("bluegreen:imageRegistry: 123456789012.dkr.ecr.eu-west-1.amazonaws.com", "bluegreen:imageRegistry: 1234.dkr.ecr.eu-west-1.amazonaws.com", "bluegreen:imageRegistry is \"1234.dkr.ecr.eu-west-1.amazonaws.com\", but it must be a registry host (and optional path) without scheme or tag, such as \"123456789012.dkr.ecr.eu-west-1.amazonaws.com\"; an ECR host is <12-digit account>.dkr.ecr.<region>.amazonaws.com. Fix: pulumi config set imageRegistry <value> --stack dev")]
    public void MalformedIdentifiers_AreRejectedWithTheShapeAwsExpects(string line, string replacement, string message)
    {
        var error = Assert.Single(StackSettingsParser.Parse(SampleApp.Definition, "dev", StackTexts.Aws.With(line, replacement)).Errors);

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("vpc-1a2b3c4d")]
    [InlineData("ghcr.io/acme")]
    [InlineData("localhost:5000")]
    public void WellFormedIdentifiers_Pass(string value)
    {
        ValueRule rule = value.StartsWith("vpc-", StringComparison.Ordinal) ? new AwsResourceId("vpc") : new RegistryHost();

        Assert.Null(rule.Problem(new TextValue(value)));
    }

    [Fact]
    public void CommittedStackFiles_ParseAndNameEveryPlaceholderToReplace()
    {
        var loader = new StackSettingsLoader(SampleApp.Definition);

        var dev = Placeholders.In(loader.LoadValid(RepositoryRoot.Path, "dev"));
        var prod = Placeholders.In(loader.LoadValid(RepositoryRoot.Path, "prod"));

        Assert.Equal(
            ["bluegreen:imageRegistry", "bluegreen:certificateArn", "bluegreen:vpcId", "bluegreen:publicSubnetIds", "bluegreen:publicSubnetIds",
             "bluegreen:privateSubnetIds", "bluegreen:privateSubnetIds"],
            dev.Select(p => p.Key));
        Assert.Equal(9, prod.Count);
        Assert.Equal("pulumi config set --path 'privateSubnetIds[1]' <subnet-…> --stack dev", dev[^1].Fix);
    }

    [Fact]
    public void RealLookingValues_AreNoPlaceholders()
    {
        var settings = StackSettingsParser.Parse(SampleApp.Definition, "dev", StackTexts.Aws).Settings!;

        Assert.Empty(Placeholders.In(settings));
        Assert.Empty(Placeholders.In(StackSettingsParser.Parse(SampleApp.Definition, "local", StackTexts.Local).Settings!));
    }
}
