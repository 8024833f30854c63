using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Driver;

public class PulumiJsonOutputTests
{
    private const string GreenTargetGroup =
        "urn:pulumi:dev::bluegreen::bluegreen-components:index:ColorEnvironment$aws:lb/targetGroup:TargetGroup::green-web-tg";

    private const string BlueReplica =
        "urn:pulumi:dev::bluegreen::bluegreen-components:index:ColorEnvironment$aws:rds/instance:Instance::blue-db-replica";

    [Fact]
    public void Parse_PreviewDigest_ReadsStepsWithDetailedDiff()
    {
        var output = PulumiJsonOutput.Parse(File.ReadAllText(PulumiScenario.Fixture("Engines.Pulumi/Drift/Fixtures/refresh-drift.json")));

        Assert.True(output.HasJson);
        Assert.Null(output.Result);
        Assert.Equal(["same", "update", "delete", "update"], output.Steps.Select(step => step.Op));
        var update = output.Steps[1];
        Assert.Equal(GreenTargetGroup, update.Urn.Value);
        Assert.Equal(new PulumiPropertyDiff("update", false), update.DetailedDiff["healthCheck.path"]);
        Assert.Equal(["healthCheck"], update.DiffReasons);
        Assert.Equal("/health", PropertyPath.Find(update.Old!.Outputs, "healthCheck.path")!.Value.GetString());
        Assert.Equal("/", PropertyPath.Find(update.New!.Outputs, "healthCheck.path")!.Value.GetString());
        Assert.Null(output.Steps[2].New);
    }

    [Fact]
    public void Parse_EventStream_ReadsSameStepsOnceEach()
    {
        var output = PulumiJsonOutput.Parse(File.ReadAllText(PulumiScenario.Fixture("Engines.Pulumi/Drift/Fixtures/refresh-drift-events.ndjson")));

        Assert.Equal("succeeded", output.Result);
        Assert.Equal(["same", "update", "delete", "update"], output.Steps.Select(step => step.Op));
        Assert.Equal(new PulumiPropertyDiff("update", false), output.Steps[1].DetailedDiff["healthCheck.path"]);
        Assert.Equal(BlueReplica, output.Steps[2].Urn.Value);
        Assert.Equal([new PulumiDiagnostic("urn:pulumi:dev::bluegreen::pulumi:pulumi:Stack::bluegreen-dev", "refreshing 24 resources", "info")], output.Diagnostics);
    }

    [Fact]
    public void Parse_RefreshEventForVanishedResource_BecomesDelete()
    {
        var line = """{"sequence":3,"timestamp":1,"resourcePreEvent":{"metadata":{"op":"refresh","urn":"URN","old":{"type":"aws:rds/instance:Instance"},"new":null}}}"""
            .Replace("URN", BlueReplica, StringComparison.Ordinal);

        var output = PulumiJsonOutput.Parse(line + "\n");

        Assert.Equal("delete", Assert.Single(output.Steps).Op);
    }

    [Fact]
    public void Parse_DigestAfterWarningText_SkipsTheText()
    {
        var text = "warning: A new version of Pulumi is available.\n" + File.ReadAllText(PulumiScenario.Fixture("Engines.Pulumi/Drift/Fixtures/no-changes.json"));

        var output = PulumiJsonOutput.Parse(text);

        Assert.True(output.HasJson);
        Assert.Equal("pulumi:pulumi:Stack", Assert.Single(output.Steps).Urn.Type);
        Assert.Empty(output.Changes);
    }

    [Fact]
    public void Parse_ErrorDiagnostic_DropsColourDirectives()
    {
        var output = PulumiJsonOutput.Parse(File.ReadAllText(PulumiScenario.Fixture("Engines.Pulumi/Drift/Fixtures/refresh-error.json")));

        var error = Assert.Single(output.Errors);
        Assert.Equal(GreenTargetGroup, error.Urn);
        Assert.StartsWith("reading ELBv2 Target Group (arn:aws:elasticloadbalancing:", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("AccessDenied: not authorized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FailedUpEvents_CollectsErrorsAndResult()
    {
        var output = PulumiJsonOutput.Parse(File.ReadAllText(PulumiScenario.Fixture("Engines.Pulumi/Drill/Fixtures/up-failed-events.ndjson")));

        Assert.Equal("failed", output.Result);
        Assert.Equal(
            [
                "creating ECS Service (green-web-svc): InvalidParameterException: The target group does not have an associated load balancer.",
                "create failed",
            ],
            output.Errors.Select(error => error.Message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("error: no Pulumi.yaml project file found\n")]
    public void Parse_NoJson_SaysSo(string text)
    {
        Assert.Same(PulumiOperationOutput.None, PulumiJsonOutput.Parse(text));
    }

    [Fact]
    public void Parse_StepWithMalformedUrn_RefusesToGuess()
    {
        Assert.Throws<PulumiOutputException>(() => PulumiJsonOutput.Parse("""{"steps": [{"op": "update", "urn": "green-web-tg"}]}"""));
    }
}
