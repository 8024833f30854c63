using Bluegreen.Engines;
using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Driver;

public class PulumiUrnTests
{
    private const string Prefix = "urn:pulumi:dev::bluegreen::";

    [Fact]
    public void Parse_ComponentChild_SplitsTypeChainAndName()
    {
        var urn = PulumiUrn.Parse(Prefix + "bluegreen-components:index:ColorEnvironment$aws:lb/targetGroup:TargetGroup::blue-web-tg");

        Assert.Equal("dev", urn.Stack);
        Assert.Equal("bluegreen", urn.Project);
        Assert.Equal("aws:lb/targetGroup:TargetGroup", urn.Type);
        Assert.Equal(["bluegreen-components:index:ColorEnvironment"], urn.AncestorTypes);
        Assert.Equal("blue-web-tg", urn.Name);
    }

    [Fact]
    public void Parse_NameWithDelimiter_KeepsRestAsName()
    {
        var urn = PulumiUrn.Parse(Prefix + "aws:ssm/parameter:Parameter::/bluegreen/dev::active");

        Assert.Equal("aws:ssm/parameter:Parameter", urn.Type);
        Assert.Equal("/bluegreen/dev::active", urn.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("blue-web-tg")]
    [InlineData("urn:pulumi:dev::bluegreen::aws:lb/listener:Listener")]
    [InlineData("urn:pulumi:dev::bluegreen::bluegreen-components:index:ColorEnvironment$::blue")]
    public void TryParse_NotAUrn_Fails(string text)
    {
        Assert.False(PulumiUrn.TryParse(text, out _));
    }

    [Theory]
    [InlineData("bluegreen-components:index:ColorEnvironment::blue", "Blue")]
    [InlineData("bluegreen-components:index:ColorEnvironment::green", "Green")]
    [InlineData("bluegreen-components:index:ColorEnvironment$aws:lb/targetGroup:TargetGroup::green-web-tg", "Green")]
    [InlineData("bluegreen-components:index:ColorEnvironment$aws:rds/instance:Instance::blue-db-replica", "Blue")]
    [InlineData("bluegreen-components:index:ColorEnvironment$bluegreen:index:Service$aws:ecs/service:Service::green-web-svc", "Green")]
    [InlineData("aws:lb/listener:Listener::production-listener", "Shared")]
    [InlineData("aws:lb/targetGroup:TargetGroup::blue-looking-but-shared", "Shared")]
    [InlineData("pulumi:pulumi:Stack::bluegreen-dev", "Shared")]
    public void OwnerOf_UsesColorEnvironmentInTypeChain(string rest, string owner)
    {
        Assert.Equal(Enum.Parse<ResourceOwner>(owner), UrnOwnership.OwnerOf(PulumiUrn.Parse(Prefix + rest)));
    }

    [Fact]
    public void OwnerOf_ColorEnvironmentNotNamedForAColor_SaysSo()
    {
        var urn = PulumiUrn.Parse(Prefix + "bluegreen-components:index:ColorEnvironment$aws:lb/targetGroup:TargetGroup::purple-web-tg");

        var failure = Assert.Throws<PulumiOutputException>(() => UrnOwnership.OwnerOf(urn));

        Assert.Contains("instance is 'purple', not blue or green", failure.Message, StringComparison.Ordinal);
    }
}
