using Bluegreen.Components;
using Bluegreen.Stacks.Apps;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Tests.Stacks;

public class StackSettingsParserTests
{
    [Fact]
    public void ValidAwsStack_BecomesSettings_WithDefaultsForWhatItLeavesOut()
    {
        var settings = Parse("dev", StackTexts.Aws).Settings!;

        Assert.Equal(EngineKind.Aws, settings.Engine);
        Assert.Equal(DeploymentColor.Blue, settings.ActiveColor);
        Assert.Equal("1.1.0", settings.ImageTag(DeploymentColor.Green));
        Assert.Equal((2, 512, 1024), (settings.Services["web"].DesiredCount, settings.Services["web"].Cpu, settings.Services["web"].MemoryMiB));
        Assert.Equal((1, 256, 512), (settings.Services["worker"].DesiredCount, settings.Services["worker"].Cpu, settings.Services["worker"].MemoryMiB));
        Assert.Equal(("db.t4g.micro", 20, 30), (settings.Database.InstanceClass, settings.Database.AllocatedStorageGb, settings.Database.MaxReplicaLagSeconds));
        var aws = settings.Aws!;
        Assert.Equal(("eu-west-1", 443, 8443, "10.0.0.0/8"), (aws.Region, aws.ProductionPort, aws.TestPort, aws.TestListenerCidr));
        Assert.Equal("arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789", aws.CertificateArn);
        Assert.Equal(["subnet-0bbb0000000000001", "subnet-0bbb0000000000002"], aws.PrivateSubnetIds);
        Assert.Null(settings.Local);
    }

    [Fact]
    public void ValidLocalStack_NeedsNoAwsSettings()
    {
        var settings = Parse("local", StackTexts.Local).Settings!;

        Assert.Equal(EngineKind.Local, settings.Engine);
        Assert.Equal(DeploymentColor.Green, settings.ActiveColor);
        Assert.Null(settings.Aws);
        var local = settings.Local!;
        Assert.Equal((18080, 18081, 18082, 55432, 18100), (local.ProductionPort, local.TestPort, local.AdminPort, local.PostgresPort, local.InstanceBasePort));
        Assert.Equal(".bluegreen/local", local.StateDirectory);
        Assert.Equal("/usr/bin/env true", settings.Services["worker"].LocalCommand);
    }

    [Fact]
    public void ActiveColorPurple_IsRejectedNamingTheAllowedColors()
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws.With("bluegreen:activeColor: blue", "bluegreen:activeColor: purple")).Errors);

        Assert.Equal("bluegreen:activeColor", error.Key);
        Assert.Equal("bluegreen:activeColor is \"purple\", but it must be one of \"blue\", \"green\". Fix: pulumi config set activeColor blue --stack dev", error.Message);
    }

    [Fact]
    public void AColorWithoutImageTag_IsRejected()
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws.With("  bluegreen:greenImageTag: 1.1.0\n", "")).Errors);

        Assert.Equal("bluegreen:greenImageTag is missing. Image tag (app version) the green color runs. Fix: pulumi config set greenImageTag <value> --stack dev", error.Message);
    }

    [Fact]
    public void AnEmptyImageTag_IsRejected()
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws.With("bluegreen:blueImageTag: 1.0.0", "bluegreen:blueImageTag: \"\"")).Errors);

        Assert.Equal("bluegreen:blueImageTag is empty, but it must be a text. Fix: pulumi config set blueImageTag <value> --stack dev", error.Message);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("True")]
    [InlineData("-rc1")]
    [InlineData("1.10")]
    [InlineData("20240101")]
    [InlineData("1e5")]
    [InlineData("t")]
    [InlineData("null")]
    public void ImageTagsPulumiWouldNotReadAsText_AreRejected(string tag)
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws.With("bluegreen:blueImageTag: 1.0.0", $"bluegreen:blueImageTag: \"{tag}\"")).Errors);

        Assert.StartsWith($"bluegreen:blueImageTag is \"{tag}\", but it must be an image tag:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("042")]
    [InlineData("v42")]
    [InlineData("2024.11.22-abc_1")]
    public void ImageTagsWithLettersOrLeadingZeros_AreAccepted(string tag)
    {
        var text = StackTexts.Aws.With("bluegreen:blueImageTag: 1.0.0", $"bluegreen:blueImageTag: \"{tag}\"");

        Assert.Equal(tag, Parse("dev", text).Settings!.ImageTag(DeploymentColor.Blue));
    }

    [Fact]
    public void UnknownKey_SuggestsTheClosestKnownKey()
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws.With("bluegreen:webDesiredCount: 2", "bluegreen:webDesiredCount: 2\n  bluegreen:webDesiredCuont: 3")).Errors);

        Assert.Equal("bluegreen:webDesiredCuont", error.Key);
        Assert.Equal("bluegreen:webDesiredCuont is not a known setting. Did you mean bluegreen:webDesiredCount? Otherwise remove it: pulumi config rm bluegreen:webDesiredCuont --stack dev", error.Message);
    }

    [Fact]
    public void MistypedNamespace_SuggestsTheProjectKey()
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws.With("bluegreen:activeColor: blue", "bluegren:activeColor: blue")).Errors);

        Assert.StartsWith("bluegren:activeColor is not a known setting. Did you mean bluegreen:activeColor?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongValueType_IsRejected()
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws.With("bluegreen:webDesiredCount: 2", "bluegreen:webDesiredCount: lots")).Errors);

        Assert.Equal("bluegreen:webDesiredCount is \"lots\", but it must be a whole number. Fix: pulumi config set webDesiredCount 0 --stack dev", error.Message);
    }

    [Fact]
    public void AListWhereATextBelongs_IsRejected()
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws.With("bluegreen:vpcId: vpc-0abc0000000000001", "bluegreen:vpcId: [vpc-0abc0000000000001]")).Errors);

        Assert.Equal("bluegreen:vpcId is a list, but it must be a text. Fix: pulumi config set vpcId <value> --stack dev", error.Message);
    }

    [Fact]
    public void DesiredCountBelowZero_IsRejected()
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws.With("bluegreen:webDesiredCount: 2", "bluegreen:webDesiredCount: -1")).Errors);

        Assert.Equal("bluegreen:webDesiredCount is -1, but it must be between 0 and 100. Fix: pulumi config set webDesiredCount 0 --stack dev", error.Message);
    }

    [Theory]
    [InlineData("bluegreen:webCpu: 512", "bluegreen:webCpu: 300", "bluegreen:webCpu is 300, but it must be one of 256, 512, 1024, 2048, 4096. Fix: pulumi config set webCpu 256 --stack dev")]
    [InlineData("bluegreen:webMemory: 1024", "bluegreen:webMemory: 512", "bluegreen:webMemory is 512, but with webCpu 512 Fargate allows only 1024, 2048, 3072, 4096 MiB. Fix: pulumi config set webMemory 1024 --stack dev")]
    [InlineData("bluegreen:testListenerCidr: 10.0.0.0/8", "bluegreen:testListenerCidr: 10.0.0.0/33", "bluegreen:testListenerCidr is \"10.0.0.0/33\", but it must be an IPv4 CIDR block such as \"203.0.113.0/24\". Fix: pulumi config set testListenerCidr <value> --stack dev")]
    [InlineData("aws:region: eu-west-1", "aws:region: Ireland", "aws:region is \"Ireland\", but it must be an AWS region such as \"eu-west-1\". Fix: pulumi config set aws:region <value> --stack dev")]
    [InlineData("bluegreen:activeColor: blue", "bluegreen:activeColor: blue\n  bluegreen:dbInstanceClass: t3.micro", "bluegreen:dbInstanceClass is \"t3.micro\", but it must be an RDS instance class starting with \"db.\", such as \"db.t4g.micro\". Fix: pulumi config set dbInstanceClass db.t4g.micro --stack dev")]
    [InlineData("bluegreen:activeColor: blue", "bluegreen:activeColor: blue\n  bluegreen:dbAllocatedStorageGb: 10", "bluegreen:dbAllocatedStorageGb is 10, but it must be between 20 and 65536. Fix: pulumi config set dbAllocatedStorageGb 20 --stack dev")]
    [InlineData("bluegreen:activeColor: blue", "bluegreen:activeColor: blue\n  bluegreen:testPort: 443", "bluegreen:testPort is 443, the same as productionPort; the test listener needs a port of its own. Fix: pulumi config set testPort 8443 --stack dev")]
    [InlineData("bluegreen:activeColor: blue", "bluegreen:activeColor: blue\n  bluegreen:productionPort: 80", "bluegreen:productionPort is 80, the port of the plain HTTP listener that redirects to HTTPS. Fix: pulumi config set productionPort 443 --stack dev")]
    [InlineData("bluegreen:testListenerCidr: 10.0.0.0/8", "bluegreen:testListenerCidr: 0.0.0.0/0", "bluegreen:testListenerCidr is \"0.0.0.0/0\", which opens the test listener, and with it the idle, unreleased color, to the whole internet. Fix: pulumi config set testListenerCidr <your office or VPN range, e.g. 203.0.113.0/24> --stack dev")]
    [InlineData("certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789", "certificate/my-cert", "bluegreen:certificateArn is \"arn:aws:acm:eu-west-1:123456789012:certificate/my-cert\", but it must be an ACM certificate ARN such as \"arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789\". Fix: pulumi config set certificateArn <value> --stack dev")]
    [InlineData("arn:aws:acm:eu-west-1:", "arn:aws:acm:us-east-1:", "bluegreen:certificateArn is a certificate in us-east-1, but the stack runs in eu-west-1; a load balancer can only present a certificate of its own region. Fix: request or import it in eu-west-1 (aws acm request-certificate --region eu-west-1 ...), then pulumi config set certificateArn <its ARN> --stack dev")]
    public void OutOfRangeValues_AreRejected(string line, string replacement, string message)
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws.With(line, replacement)).Errors);

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ASingleSubnet_IsNotEnoughForALoadBalancer()
    {
        var text = StackTexts.Aws.With("    - subnet-0aaa0000000000002\n", "");

        var error = Assert.Single(Parse("dev", text).Errors);

        Assert.Equal("bluegreen:publicSubnetIds is [\"subnet-0aaa0000000000001\"], but it must be a list of at least 2 subnet ids such as \"subnet-0123456789abcdef0\" (subnet- and 17 or 8 hex digits). Fix: pulumi config set --path 'publicSubnetIds[0]' <value> --stack dev (one command per entry)", error.Message);
    }

    [Fact]
    public void EveryProblem_IsCollected()
    {
        var text = StackTexts.Aws
            .With("bluegreen:activeColor: blue", "bluegreen:activeColor: purple")
            .With("  bluegreen:blueImageTag: 1.0.0\n", "")
            .With("bluegreen:webDesiredCount: 2", "bluegreen:webDesiredCount: -3")
            .With("bluegreen:webCpu: 512", "bluegreen:webCpus: 512");

        var result = Parse("dev", text);

        Assert.Null(result.Settings);
        Assert.Equal(
            ["bluegreen:activeColor", "bluegreen:webDesiredCount", "bluegreen:webCpus", "bluegreen:blueImageTag"],
            result.Errors.Select(e => e.Key));
    }

    [Fact]
    public void NumbersWrittenAsStrings_AreAccepted_AsPulumiConfigSetStoresThem()
    {
        var text = StackTexts.Aws.With("bluegreen:webDesiredCount: 2", "bluegreen:webDesiredCount: \"4\"");

        Assert.Equal(4, Parse("dev", text).Settings!.Services["web"].DesiredCount);
    }

    [Fact]
    public void ListsWrittenAsJsonText_AreAccepted()
    {
        var text = StackTexts.Aws.With(
            "bluegreen:publicSubnetIds:\n    - subnet-0aaa0000000000001\n    - subnet-0aaa0000000000002",
            "bluegreen:publicSubnetIds: '[\"subnet-0aaa0000000000001\",\"subnet-0aaa0000000000009\"]'");

        Assert.Equal(["subnet-0aaa0000000000001", "subnet-0aaa0000000000009"], Parse("dev", text).Settings!.Aws!.PublicSubnetIds);
    }

    [Fact]
    public void ProviderKeys_PassThroughUnchecked()
    {
        var text = StackTexts.Aws.With("aws:region: eu-west-1", "aws:region: eu-west-1\n  aws:profile: deploy");

        Assert.True(Parse("dev", text).IsValid);
    }

    [Fact]
    public void EncryptedValueForAPlainSetting_IsRejected()
    {
        var text = StackTexts.Aws.With("bluegreen:blueImageTag: 1.0.0", "bluegreen:blueImageTag:\n    secure: v1:abc");

        var error = Assert.Single(Parse("dev", text).Errors);

        Assert.Equal("bluegreen:blueImageTag is stored encrypted, but it is not a secret setting; set it again without --secret. Fix: pulumi config set blueImageTag <value> --stack dev", error.Message);
    }

    [Fact]
    public void BrokenYaml_IsReportedWithItsPosition()
    {
        var error = Assert.Single(Parse("dev", "config:\n  bluegreen:activeColor: [blue\n").Errors, e => e.Key == "");

        Assert.StartsWith("The file is not valid YAML at line 3, column 1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAwsStackName_MustFitIntoAwsNames()
    {
        var error = Assert.Single(Parse("Dev_1", StackTexts.Aws).Errors);

        Assert.StartsWith("Stack name \"Dev_1\" becomes part of AWS names", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalPortsThatOverlap_AreRejected()
    {
        var text = StackTexts.Local.With("bluegreen:webDesiredCount: 2", "bluegreen:webDesiredCount: 2\n  bluegreen:localAdminPort: 18101");

        var error = Assert.Single(Parse("local", text).Errors);

        Assert.Equal("bluegreen:localInstanceBasePort uses ports 18100-18105, which overlap localAdminPort (18101). Fix: pulumi config set localInstanceBasePort <free port> --stack local", error.Message);
    }

    [Fact]
    public void UnknownTopLevelSection_IsRejected()
    {
        var error = Assert.Single(Parse("dev", StackTexts.Aws + "\nsettings:\n  a: b\n").Errors);

        Assert.Equal("settings", error.Key);
    }

    private static StackLoadResult Parse(string stack, string text) => StackSettingsParser.Parse(SampleApp.Definition, stack, text);
}
