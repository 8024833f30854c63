using Bluegreen.PulumiYaml.Evaluation;
using Bluegreen.PulumiYaml.Syntax;
using static Bluegreen.Tests.Contracts.ContractEvaluation;

namespace Bluegreen.Tests.Contracts;

/// <summary>
/// Blue and green are the same environment: only the color's name, image tag and rule priority slot differ, plus the
/// listener each color's routing rule sits on (production for the active color, test for the idle one).
/// </summary>
public class ParityContractTests
{
    private const string BlueTag = "1.0.0";
    private const string GreenTag = "1.1.0";

    private readonly ContractEvaluation _cloud = new();

    [Theory]
    [InlineData("dev", "blue", "1.0.0", "1.1.0")]
    [InlineData("dev", "green", "1.0.0", "1.1.0")]
    [InlineData("prod", "blue", "1.0.0", "1.0.0")]
    public void ColorChildren_AreIdenticalExceptRulePriorities_AndTheRoutingRulesListener(string stack, string active, string blueTag, string greenTag)
    {
        var result = _cloud.Evaluate(active, stack: stack);

        Assert.Equal(
            [
                $"{ListenerRule}::webTestHeaderRule.priority",
                $"{ListenerRule}::webRoutingRule.listenerArn", $"{ListenerRule}::webRoutingRule.priority",
            ],
            ColorParity.Differences(result, blueTag, greenTag));
        Assert.Equal(result.Resource("productionListener").Outputs.Get("arn"), result.Resource($"{active}-webRoutingRule").Input("listenerArn"));
        var declared = GeneratedProject.Committed().Packages.Single().Components.Single().Resources.Count;
        Assert.Equal(declared, result.ChildrenOf(result.Resource("blue")).Count);
        Assert.Equal(declared, result.ChildrenOf(result.Resource("green")).Count);
    }

    [Fact]
    public void ColorInstances_DifferOnlyInColorImageTagAndPrioritySlot()
    {
        var result = _cloud.Evaluate("blue");

        Assert.Equal(["color", "imageTag", "prioritySlot"], ValueDiff.Paths(result.Resource("blue").Inputs, result.Resource("green").Inputs));
        Assert.Equal(new StringValue(BlueTag), result.Resource("blue").Input("imageTag"));
        Assert.Equal(new StringValue(GreenTag), result.Resource("green").Input("imageTag"));
    }

    [Fact]
    public void TamperedGreenInstance_IsCaughtByTheComparison()
    {
        var project = GeneratedProject.Committed();
        var tampered = project with
        {
            Program = project.Program.WithResource("green", green => green with
            {
                Properties = green.Properties.With("webDesiredCount", new NumberExpr(SourceSpan.None, 3)),
            }),
        };

        var result = _cloud.Evaluate("blue", tampered);

        Assert.Contains("aws:ecs/service:Service::webService.desiredCount", ColorParity.Differences(result, BlueTag, GreenTag));
        Assert.Equal(new NumberValue(3), result.Resource("green-webService").Input("desiredCount"));
        Assert.Equal(new NumberValue(1), result.Resource("blue-webService").Input("desiredCount"));
    }
}
