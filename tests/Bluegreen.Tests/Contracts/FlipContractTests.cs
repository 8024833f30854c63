using Bluegreen.Stacks.Apps;
using Bluegreen.PulumiYaml.Evaluation;
using Bluegreen.PulumiYaml.Syntax;
using Moq;
using static Bluegreen.Tests.Contracts.ContractEvaluation;

namespace Bluegreen.Tests.Contracts;

/// <summary>
/// Flipping activeColor moves production traffic, and nothing but the colors' routing rules and the published color
/// changes. Each color owns its routing rules, so every rule that moves traffic is a child of a color.
/// </summary>
public class FlipContractTests
{
    private readonly ContractEvaluation _cloud = new();

    [Theory]
    [InlineData("dev", "blue")]
    [InlineData("dev", "green")]
    [InlineData("prod", "blue")]
    [InlineData("prod", "green")]
    public void ProductionRoutingRules_ForwardToActiveColor_TestRoutingRulesToIdleColor(string stack, string active)
    {
        var result = _cloud.Evaluate(active, stack: stack);

        var production = RoutingRules(result, "productionListener");
        var test = RoutingRules(result, "testListener");
        Assert.Equal([$"{active}-webRoutingRule"], production.Select(r => r.Name));
        Assert.Equal([$"{Other(active)}-webRoutingRule"], test.Select(r => r.Name));
        Assert.All(production, rule => Assert.Equal(active, ColorOfTargetGroup(result, rule.Input("actions[0].targetGroupArn"))));
        Assert.All(test, rule => Assert.Equal(Other(active), ColorOfTargetGroup(result, rule.Input("actions[0].targetGroupArn"))));
    }

    [Theory]
    [InlineData("blue")]
    [InlineData("green")]
    public void Listeners_DefaultToNotFound_SoOnlyRulesRouteTraffic(string active)
    {
        var result = _cloud.Evaluate(active);

        foreach (var listener in new[] { "productionListener", "testListener" })
        {
            Assert.Equal(new StringValue("fixed-response"), result.Resource(listener).Input("defaultActions[0].type"));
            Assert.Equal(new StringValue("404"), result.Resource(listener).Input("defaultActions[0].fixedResponse.statusCode"));
        }
    }

    [Theory]
    [InlineData("blue")]
    [InlineData("green")]
    public void HeaderRules_ReachTheirOwnColorOnTheTestListenerOnly(string active)
    {
        var result = _cloud.Evaluate(active);

        foreach (var color in new[] { "blue", "green" })
        {
            var rules = result.ChildrenOf(result.Resource(color)).Where(r => r.Type == ListenerRule && IsHeaderRule(r)).ToList();
            Assert.Equal([result.Resource("testListener").Outputs.Get("arn")], rules.Select(r => r.Input("listenerArn")));
            Assert.All(rules, rule =>
            {
                Assert.Equal(new StringValue("X-Color"), rule.Input("conditions[1].httpHeader.httpHeaderName"));
                Assert.Equal(new StringValue(color), rule.Input("conditions[1].httpHeader.values[0]"));
                Assert.Equal(color, ColorOfTargetGroup(result, rule.Input("actions[0].targetGroupArn")));
            });
        }
    }

    /// <summary>
    /// The production listener is open to everyone; whatever a request carries (an X-Color header included), no rule
    /// on it may forward to the idle, unreleased color.
    /// </summary>
    [Theory]
    [InlineData("dev", "blue")]
    [InlineData("dev", "green")]
    [InlineData("prod", "blue")]
    [InlineData("prod", "green")]
    public void NoRuleOnTheProductionListener_ReachesTheIdleColor(string stack, string active)
    {
        var result = _cloud.Evaluate(active, stack: stack);

        var rules = RulesOn(result, "productionListener");
        var forwardsTo = rules
            .SelectMany(rule => ((ListValue)rule.Input("actions")).Items.OfType<ObjectValue>())
            .Select(action => ColorOfTargetGroup(result, action.Get("targetGroupArn")!))
            .ToList();

        Assert.NotEmpty(rules);
        Assert.Equal(rules.Count, forwardsTo.Count);
        Assert.All(forwardsTo, color => Assert.Equal(active, color));
        Assert.DoesNotContain(rules, IsHeaderRule);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Flip_ChangesOnlyTheColorsRoutingRulesAndTheActiveColorParameter(string stack)
    {
        var blue = _cloud.Evaluate("blue", stack: stack);
        var green = _cloud.Evaluate("green", stack: stack);

        Assert.Equal(blue.Resources.Select(r => r.Urn), green.Resources.Select(r => r.Urn));
        var changed = blue.Resources.Zip(green.Resources)
            .Where(pair => ValueDiff.Paths(pair.First.Inputs, pair.Second.Inputs).Count > 0 || Canonical(pair.First.Options) != Canonical(pair.Second.Options))
            .Select(pair => pair.First)
            .ToList();
        var resources = changed.Where(r => !r.IsComponent).ToList();
        Assert.Equal(["activeColorParameter", "blue-webRoutingRule", "green-webRoutingRule"], resources.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(resources, r => Assert.Contains(r.Type, new[] { ListenerRule, SsmParameter }));
        Assert.All(new[] { "blue-webRoutingRule", "green-webRoutingRule" }, rule =>
            Assert.Equal(["listenerArn"], ValueDiff.Paths(blue.Resource(rule).Inputs, green.Resource(rule).Inputs)));
        Assert.Equal(["blue", "green"], changed.Where(r => r.IsComponent).Select(r => r.Name));
        Assert.All(new[] { "blue", "green" }, color =>
            Assert.Equal(["activeColor"], ValueDiff.Paths(blue.Resource(color).Inputs, green.Resource(color).Inputs)));
        Assert.Equal(["value"], ValueDiff.Paths(blue.Resource("activeColorParameter").Inputs, green.Resource("activeColorParameter").Inputs));
        Assert.Equal(new StringValue("green") { IsSecret = true }, green.Resource("activeColorParameter").Input("value"));
    }

    /// <summary>
    /// A flip changes a routing rule's listener, which replaces the rule, and Pulumi creates the replacement before it
    /// deletes the old one. For a moment the production listener holds the old and the new routing rule: they must not
    /// share a priority and must not be deleted first; no header rule sits beside them.
    /// </summary>
    [Theory]
    [InlineData("blue", "green")]
    [InlineData("green", "blue")]
    public void DuringAFlip_OldAndNewRoutingRulesFitOnTheProductionListenerTogether(string from, string to)
    {
        var before = _cloud.Evaluate(from);
        var after = _cloud.Evaluate(to);

        var rules = RulesOn(before, "productionListener").Concat(RulesOn(after, "productionListener")).DistinctBy(r => r.Urn).ToList();

        var routing = rules.Where(r => !IsHeaderRule(r)).ToList();
        Assert.Equal([$"{from}-webRoutingRule", $"{to}-webRoutingRule"], routing.Select(r => r.Name));
        Assert.Equal(rules.Count, rules.Select(r => r.Input("priority")).Distinct().Count());
        Assert.Equal(routing.Count, rules.Count);
        Assert.All(routing, rule => Assert.False(rule.Options.ContainsKey("deleteBeforeReplace")));
    }

    [Theory]
    [MemberData(nameof(GeneratedSchemaContractTests.Apps), MemberType = typeof(GeneratedSchemaContractTests))]
    public void RenderedApps_RouteEveryWebServiceByActiveColorWithUniquePriorities(string appName)
    {
        var app = GeneratedSchemaContractTests.AppNamed(appName);
        foreach (var active in new[] { "blue", "green" })
        {
            var result = _cloud.EvaluateRendered(app, active);

            var production = RoutingRules(result, "productionListener");
            var test = RoutingRules(result, "testListener");
            Assert.Equal(app.WebServices.Count(), production.Count);
            Assert.Equal(app.WebServices.Count(), test.Count);
            Assert.All(production, rule => Assert.Equal(active, ColorOfTargetGroup(result, rule.Input("actions[0].targetGroupArn"))));
            Assert.All(test, rule => Assert.Equal(Other(active), ColorOfTargetGroup(result, rule.Input("actions[0].targetGroupArn"))));
            foreach (var (listener, rulesPerWebService) in new[] { ("productionListener", 1), ("testListener", 3) })
            {
                var priorities = result.OfType(ListenerRule)
                    .Where(r => r.Input("listenerArn") == result.Resource(listener).Outputs.Get("arn"))
                    .Select(r => r.Input("priority").ToCanonicalText())
                    .ToList();
                Assert.Equal(rulesPerWebService * app.WebServices.Count(), priorities.Count);
                Assert.Equal(priorities.Count, priorities.Distinct().Count());
            }
        }
    }

    [Fact]
    public void PurpleActiveColor_FailsWithAnErrorNamingBlueAndGreen()
    {
        var error = Assert.Throws<PulumiYamlException>(() => _cloud.Evaluate("purple"));

        Assert.Equal("list index 1 out-of-bounds for list of length 1", error.Reason);
        Assert.Contains("blue", error.Span.Text, StringComparison.Ordinal);
        Assert.Contains("green", error.Span.Text, StringComparison.Ordinal);
        _cloud.Mocks.Verify(m => m.NewResource(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, object?>>()), Times.Never());
    }

    [Fact]
    public void Evaluation_RegistersTwoColorsWithOneServicePerServiceAndColor()
    {
        _cloud.Evaluate("green");

        _cloud.Mocks.Verify(m => m.NewResource(ColorEnvironment, It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, object?>>()), Times.Exactly(2));
        foreach (var color in new[] { "blue", "green" })
        {
            _cloud.Mocks.Verify(m => m.NewResource(ColorEnvironment, color, It.Is<IReadOnlyDictionary<string, object?>>(i => (string?)i["color"] == color)), Times.Once());
            foreach (var service in SampleApp.Definition.Services)
            {
                _cloud.Mocks.Verify(m => m.NewResource(EcsService, $"{color}-{service.Name}Service", It.Is<IReadOnlyDictionary<string, object?>>(i =>
                    (string?)i["name"] == $"shop-dev-{service.Name}-{color}")), Times.Once());
            }
        }

        _cloud.Mocks.Verify(m => m.NewResource(EcsService, It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, object?>>()), Times.Exactly(2 * SampleApp.Definition.Services.Count));
        _cloud.Mocks.Verify(m => m.Call(It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, object?>>()), Times.Never());
        foreach (var provider in new[] { "awsProvider", "blue-awsProvider", "green-awsProvider" })
        {
            _cloud.Mocks.Verify(m => m.NewResource("pulumi:providers:aws", provider, It.Is<IReadOnlyDictionary<string, object?>>(i => (string?)i["region"] == "eu-west-1")), Times.Once());
        }
    }

    private static string Canonical(IReadOnlyDictionary<string, PulumiValue> options) =>
        string.Join(";", options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={o.Value.ToCanonicalText()}"));
}
