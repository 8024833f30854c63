using Bluegreen.PulumiYaml.Evaluation;

namespace Bluegreen.PulumiYaml.Tests;

public class ValueDiffTests
{
    [Fact]
    public void Paths_NestedDifferences_NameEachLeaf()
    {
        var left = PulumiValue.FromPlain(new Dictionary<string, object?>
        {
            ["priority"] = 1,
            ["actions"] = new object?[] { new Dictionary<string, object?> { ["type"] = "forward", ["targetGroupArn"] = "arn:blue" } },
            ["tags"] = new Dictionary<string, object?> { ["Name"] = "x" },
        });
        var right = PulumiValue.FromPlain(new Dictionary<string, object?>
        {
            ["priority"] = 2,
            ["actions"] = new object?[] { new Dictionary<string, object?> { ["type"] = "forward", ["targetGroupArn"] = "arn:green" } },
            ["tags"] = new Dictionary<string, object?> { ["Name"] = "x", ["Extra"] = "y" },
        });

        Assert.Equal(["priority", "actions[0].targetGroupArn", "tags.Extra"], ValueDiff.Paths(left, right));
    }

    [Fact]
    public void Paths_SameValuesButSecretness_Differ()
    {
        var plain = new StringValue("pw");

        Assert.Empty(ValueDiff.Paths(plain, new StringValue("pw")));
        Assert.Equal([""], ValueDiff.Paths(plain, plain with { IsSecret = true }));
    }
}
