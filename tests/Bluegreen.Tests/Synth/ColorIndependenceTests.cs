using Bluegreen.Components;
using Bluegreen.Stacks.Apps;
using Bluegreen.Synth;
using Bluegreen.Tests.Components;

namespace Bluegreen.Tests.Synth;

/// <summary>
/// A drill destroys the idle color with <c>--target-dependents</c>. Whatever reads a color's outputs would go with it,
/// so no program resource may read <c>${blue.…}</c> or <c>${green.…}</c>, directly or through variables.
/// </summary>
public class ColorIndependenceTests
{
    public static TheoryData<string> Apps => ["sample", "sample (minimal network)", "api and site"];

    [Theory]
    [MemberData(nameof(Apps))]
    public void NoProgramResource_ReadsAColor(string app)
    {
        var reached = RenderedReferences.ReachedByResources(RenderedProgram(app));

        var readers = reached.Where(r => r.Value.Contains("blue") || r.Value.Contains("green")).Select(r => r.Key);

        Assert.Empty(readers);
        Assert.All(new[] { "activeColor", "productionListener", "testListener" }, shared => Assert.Contains(shared, reached["green"]));
    }

    [Fact]
    public void ColorOutputs_MayStillBeStackOutputs()
    {
        var program = RenderedProgram("sample");

        Assert.Contains("  blueWebTargetGroupArn: \"${blue.webTargetGroupArn}\"\n", program, StringComparison.Ordinal);
        Assert.Contains("  greenReplicaAddress: \"${green.replicaAddress}\"\n", program, StringComparison.Ordinal);
    }

    [Fact]
    public void ReachedByResources_FollowsVariables_AndSkipsEscapedDollars()
    {
        const string Program = """
            variables:
              arn:
                fn::select: [0, ["${picked}"]]
              picked: "${green.webTargetGroupArn}"
            resources:
              rule:
                type: "aws:lb/listenerRule:ListenerRule"
                properties:
                  listenerArn: "${listener.arn}"
                  actions: [{ targetGroupArn: "${arn}" }]
              script:
                type: "t:m/r:R"
                properties:
                  text: "echo $${blue}"
                options:
                  dependsOn: ["${rule}"]
            """;

        var reached = RenderedReferences.ReachedByResources(Program);

        Assert.Equal(["green", "listener"], reached["rule"].Order(StringComparer.Ordinal));
        Assert.Equal(["rule"], reached["script"]);
    }

    private static string RenderedProgram(string app) =>
        GeneratedFiles.Render(app switch
        {
            "sample" => SampleApp.Definition,
            "sample (minimal network)" => SampleApp.Definition with { Network = NetworkMode.CreateMinimal },
            "api and site" => TestApps.ApiAndSite,
            _ => throw new ArgumentOutOfRangeException(nameof(app), app, "unknown app shape"),
        }).Single(f => f.RelativePath == "program/Main.yaml").Content;
}
