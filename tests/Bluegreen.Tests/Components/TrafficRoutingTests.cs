using Bluegreen.Components.BlueGreen;
using Bluegreen.Components.Model;

namespace Bluegreen.Tests.Components;

public class TrafficRoutingTests
{
    private static readonly TrafficRoutingArgs Args = new()
    {
        ActiveColor = Expr.Ref("checkedActiveColor"),
        IdleColor = Expr.Ref("idleColor"),
        Blue = Expr.Ref("blue"),
        Green = Expr.Ref("green"),
        ProductionListenerArn = Expr.Ref("productionListener.arn"),
        TestListenerArn = Expr.Ref("testListener.arn"),
    };

    [Fact]
    public void RoutingRules_SendPathsToTheActiveColorInProductionAndTheIdleColorInTest()
    {
        var routing = new TrafficRouting(TestApps.ApiAndSite, Args);

        Assert.Equal(["apiProductionRoutingRule", "apiTestRoutingRule", "siteProductionRoutingRule", "siteTestRoutingRule"], routing.Resources.Select(r => r.Name));
        var production = routing.Resources.Named("apiProductionRoutingRule");
        Assert.Equal("${productionListener.arn}", production.Text("listenerArn"));
        Assert.Equal("10000", production.Text("priority"));
        Assert.Equal("[{pathPattern: {values: [\"/api/*\", \"/graphql\"]}}]", production.Text("conditions"));
        Assert.Equal("${apiActiveTargetGroupArn}", production.Text("actions[0].targetGroupArn"));
        var test = routing.Resources.Named("siteTestRoutingRule");
        Assert.Equal("${testListener.arn}", test.Text("listenerArn"));
        Assert.Equal("10001", test.Text("priority"));
        Assert.Equal("${siteIdleTargetGroupArn}", test.Text("actions[0].targetGroupArn"));
    }

    [Fact]
    public void TargetGroupVariables_ChooseBetweenTheColorsOutputsByColorName()
    {
        var routing = new TrafficRouting(TestApps.ApiAndSite, Args);

        var active = routing.Variables.Single(v => v.Name == "apiActiveTargetGroupArn").Value;
        Assert.Equal(
            "fn::select(0, fn::split(\";\", fn::select(1, fn::split(\";${checkedActiveColor}=\", \";blue=${blue.apiTargetGroupArn};green=${green.apiTargetGroupArn};\"))))",
            ExprText.Of(active));
        var idle = routing.Variables.Single(v => v.Name == "apiIdleTargetGroupArn").Value;
        Assert.Contains("fn::split(\";${idleColor}=\"", ExprText.Of(idle), StringComparison.Ordinal);
    }

    [Fact]
    public void Checked_SplitsAMessageThatNamesTheAllowedColors()
    {
        var check = ColorSelection.Checked(Expr.Ref("activeColor"));

        Assert.Equal(
            "fn::select(0, fn::split(\";\", fn::select(1, fn::split(\";${activeColor}=\", \"activeColor must be one of blue, green;blue=blue;green=green;\"))))",
            ExprText.Of(check));
    }
}
