using Bluegreen.Components;
using Bluegreen.Components.Aws.Elb;
using Bluegreen.Components.Model;
using Bluegreen.Stacks.Composition;
using Bluegreen.Stacks.Config;
using Bluegreen.Tests.Components;

namespace Bluegreen.Tests.Stacks;

/// <summary>The listener protocol is decided in code: HTTPS (the sample app) or plain HTTP, each rendering its own resources.</summary>
public class ListenerProtocolTests
{
    [Fact]
    public void Https_ServesBothListenersWithTheCertificateFromConfigAndAModernPolicy()
    {
        var resources = new BluegreenProject(TestApps.Sample).Program.Resources;

        foreach (var (listener, port) in new[] { ("productionListener", "${productionPort}"), ("testListener", "${testPort}") })
        {
            Assert.Equal("\"HTTPS\"", resources.Named(listener).Text("protocol"));
            Assert.Equal(port, resources.Named(listener).Text("port"));
            Assert.Equal("${certificateArn}", resources.Named(listener).Text("certificateArn"));
            Assert.Equal("\"ELBSecurityPolicy-TLS13-1-2-2021-06\"", resources.Named(listener).Text("sslPolicy"));
        }
    }

    [Fact]
    public void Https_PlainHttpOnPort80_RedirectsPermanentlyToTheProductionPort()
    {
        var redirect = new BluegreenProject(TestApps.Sample).Program.Resources.Named("httpRedirectListener");

        Assert.Equal(("80", "\"HTTP\""), (redirect.Text("port"), redirect.Text("protocol")));
        Assert.Equal(
            "[{type: \"redirect\", redirect: {protocol: \"HTTPS\", port: fn::toJSON(${productionPort}), statusCode: \"HTTP_301\"}}]",
            redirect.Text("defaultActions"));
    }

    [Fact]
    public void Https_NeedsACertificateSetting_AndDefaultsToPorts443And8443()
    {
        var schema = ConfigSchema.For(TestApps.Sample);

        var certificate = schema.Find("bluegreen:certificateArn")!;
        Assert.True(certificate.Required);
        Assert.IsType<AcmCertificateArn>(certificate.Rule);
        Assert.Equal((new IntegerValue(443), new IntegerValue(8443)), (schema.Find("bluegreen:productionPort")!.Default, schema.Find("bluegreen:testPort")!.Default));
    }

    [Fact]
    public void Http_HasNoCertificateNoRedirectAndPlainListenersOn80And8080()
    {
        var app = TestApps.Sample with { Protocol = ListenerProtocol.Http };
        var project = new BluegreenProject(app);
        var schema = ConfigSchema.For(app);

        Assert.Null(schema.Find("bluegreen:certificateArn"));
        Assert.DoesNotContain(project.Program.Resources, r => r.Name is "httpRedirectListener" or "albRedirectIngress");
        Assert.All(new[] { "productionListener", "testListener" }, listener =>
        {
            Assert.Equal("\"HTTP\"", project.Program.Resources.Named(listener).Text("protocol"));
            Assert.Null(project.Program.Resources.Named(listener).Properties["certificateArn"]);
        });
        Assert.Equal((new IntegerValue(80), new IntegerValue(8080)), (schema.Find("bluegreen:productionPort")!.Default, schema.Find("bluegreen:testPort")!.Default));
        Assert.Equal("\"http://${loadBalancer.dnsName}:${productionPort}\"", ExprText.Of(project.Program.Outputs.Single(o => o.Name == "productionUrl").Value));
    }

    [Fact]
    public void LoadBalancer_RefusesACertificateWithoutHttps_AndHttpsWithoutACertificate()
    {
        var args = new LoadBalancerArgs { PublicSubnetIds = Expr.Ref("subnets"), SecurityGroupId = "sg", ProductionPort = 443, TestPort = 8443, Protocol = ListenerProtocol.Https };

        Assert.Contains("CertificateArn is required", Assert.Throws<ArgumentException>(() => new LoadBalancer(args)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new LoadBalancer(args with { Protocol = ListenerProtocol.Http, CertificateArn = "arn" }));
    }
}
