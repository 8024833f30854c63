using Bluegreen.Components;
using Bluegreen.PulumiYaml.Evaluation;
using Bluegreen.Stacks.Apps;
using static Bluegreen.Tests.Contracts.ContractEvaluation;

namespace Bluegreen.Tests.Contracts;

/// <summary>What the listeners become once the committed program runs with a stack's config, in both protocol modes.</summary>
public class ListenerContractTests
{
    private const string CommittedCertificate = "arn:aws:acm:eu-west-1:000000000000:certificate/00000000-0000-0000-0000-000000000000";

    private readonly ContractEvaluation _cloud = new();

    [Theory]
    [InlineData("dev", 8443)]
    [InlineData("prod", 8443)]
    public void CommittedProgram_ServesHttpsWithTheStacksCertificate_AndRedirectsPort80ToProduction(string stack, int testPort)
    {
        var result = _cloud.Evaluate("blue", stack: stack);

        var production = result.Resource("productionListener");
        var test = result.Resource("testListener");
        Assert.All(new[] { production, test }, listener =>
        {
            Assert.Equal(new StringValue("HTTPS"), listener.Input("protocol"));
            Assert.Equal(new StringValue(CommittedCertificate), listener.Input("certificateArn"));
            Assert.Equal(new StringValue("ELBSecurityPolicy-TLS13-1-2-2021-06"), listener.Input("sslPolicy"));
        });
        Assert.Equal((new NumberValue(443), new NumberValue(testPort)), (production.Input("port"), test.Input("port")));
        var redirect = result.Resource("httpRedirectListener");
        Assert.Equal((new NumberValue(80), new StringValue("HTTP")), (redirect.Input("port"), redirect.Input("protocol")));
        Assert.Equal(new StringValue("redirect"), redirect.Input("defaultActions[0].type"));
        Assert.Equal(new StringValue("443"), redirect.Input("defaultActions[0].redirect.port"));
        Assert.Equal(new StringValue("HTTPS"), redirect.Input("defaultActions[0].redirect.protocol"));
        Assert.Equal(new StringValue("HTTP_301"), redirect.Input("defaultActions[0].redirect.statusCode"));
    }

    [Fact]
    public void PlainHttpApp_HasTwoHttpListenersAndNoRedirect()
    {
        var result = _cloud.EvaluateRendered(SampleApp.Definition with { Protocol = ListenerProtocol.Http }, "green");

        Assert.Equal(["productionListener", "testListener"], result.OfType(Listener).Select(l => l.Name));
        Assert.All(result.OfType(Listener), listener =>
        {
            Assert.Equal(new StringValue("HTTP"), listener.Input("protocol"));
            Assert.Null(listener.Inputs.Get("certificateArn"));
        });
    }
}
