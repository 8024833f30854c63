using Bluegreen.PulumiYaml.Host;

namespace Bluegreen.PulumiYaml.Tests.Host;

/// <summary>pulumi-yaml setDefaultProviders: pinned default providers and what they do not reach.</summary>
public class DefaultProviderTests
{
    private const string Provider = """
        resources:
          awsProvider:
            type: pulumi:providers:aws
            defaultProvider: true
            options:
              version: 7.48.0

        """;

    private static List<HostFinding> Findings(string program) =>
        HostProjects.Findings(HostProjects.Split("", program)).From(HostSources.SetDefaultProviders);

    [Fact]
    public void Load_PinnedDefaultProvider_IsReportedWithItsVersion()
    {
        var project = HostProjects.Load(HostProjects.Split("", Provider + "  tg: {type: aws:lb:TargetGroup}\n"));

        Assert.Equal(("awsProvider", "7.48.0"), DefaultProviderRules.DefaultProviders(project.Program)["aws"]);
        Assert.Empty(project.Findings);
    }

    [Fact]
    public void Load_DefaultProviderOnAnOrdinaryResource_IsRejected()
    {
        var findings = Findings("resources:\n  tg: {type: aws:lb:TargetGroup, defaultProvider: true}\n");

        Assert.Equal("cannot set defaultProvider on non-provider resource", Assert.Single(findings).Message);
    }

    [Fact]
    public void Load_ResourceVersionOtherThanTheDefaultProviders_Conflicts()
    {
        var findings = Findings(Provider + "  tg:\n    type: aws:lb:TargetGroup\n    options: {version: 6.0.0}\n");

        Assert.StartsWith("Version conflicts with the default provider version", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvokeAsAWholeVariable_UsesTheDefaultProvider()
    {
        var findings = Findings(Provider + "variables:\n  region:\n    fn::invoke: {function: aws:index/getRegion:getRegion, return: region}\n");

        Assert.Empty(findings);
    }

    [Fact]
    public void Load_InvokeNestedInAnExpression_IsNotRoutedToTheDefaultProvider()
    {
        var findings = Findings(Provider + "variables:\n  name:\n    fn::join: [\"-\", [{fn::invoke: {function: aws:index/getRegion:getRegion, return: region}}, x]]\n");

        Assert.Contains("not routed to the default provider 'awsProvider'", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvokeVersionBesideADefaultProvider_Conflicts()
    {
        var findings = Findings(Provider + "variables:\n  region:\n    fn::invoke:\n      function: aws:index/getRegion:getRegion\n      options: {version: 7.0.0}\n");

        Assert.Single(findings);
    }
}
