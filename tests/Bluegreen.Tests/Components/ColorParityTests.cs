using Bluegreen.Components;
using Bluegreen.Components.BlueGreen;
using Bluegreen.Components.Model;
using Bluegreen.Components.Parity;

namespace Bluegreen.Tests.Components;

public class ColorParityTests
{
    [Fact]
    public void Check_TwoColorsWithTheSameSettings_HasNoFindings()
    {
        var findings = ColorParity.Check(TestApps.ApiAndSite, Args(DeploymentColor.Blue), Args(DeploymentColor.Green));
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Check_ImageTagAndPrioritySlot_MayDiffer()
    {
        var green = Args(DeploymentColor.Green).Map(TestApps.ApiAndSite, (input, value) => input switch
        {
            ColorEnvironmentInputs.ImageTag => "2.0.0",
            _ => value,
        });

        Assert.Empty(ColorParity.Check(TestApps.ApiAndSite, Args(DeploymentColor.Blue), green));
    }

    [Fact]
    public void Check_GreenWithAnotherDesiredCount_ReportsTheServicesDesiredCount()
    {
        var green = Args(DeploymentColor.Green).Map(TestApps.ApiAndSite, (input, value) => input == "apiDesiredCount" ? 3 : value);

        var finding = Assert.Single(ColorParity.Check(TestApps.ApiAndSite, Args(DeploymentColor.Blue), green));

        Assert.Equal(new ParityFinding("apiService", "properties.desiredCount", "2", "3"), finding);
    }

    [Fact]
    public void Compare_ATamperedGreenProperty_IsReportedWithBothValues()
    {
        var tampered = GreenWith("siteTargetGroup", Tamper);

        var finding = Assert.Single(ColorParity.Compare(TestApps.ApiAndSite, Snapshot(DeploymentColor.Blue), tampered));

        Assert.Equal(new ParityFinding("siteTargetGroup", "properties.healthCheck.path", "\"/health\"", "\"/healthz\""), finding);
    }

    [Fact]
    public void Compare_AResourceOnlyOneColorHas_IsReported()
    {
        var blue = Snapshot(DeploymentColor.Blue);
        var green = Snapshot(DeploymentColor.Green);
        var withoutAlarm = green with { Resources = [.. green.Resources.Where(r => r.Name != "replicaLagAlarm")] };

        var finding = Assert.Single(ColorParity.Compare(TestApps.ApiAndSite, blue, withoutAlarm));

        Assert.Equal(new ParityFinding("replicaLagAlarm", ColorParity.WholeResource, "present", ColorParity.Missing), finding);
    }

    [Fact]
    public void Compare_ARoutingRulePinnedToTheProductionListener_IsReported()
    {
        var pinned = GreenWith("siteRoutingRule", r => r.WithProperties(Replace(r.Properties, "listenerArn", Expr.Ref(ColorEnvironmentInputs.ProductionListenerArn))));

        var finding = Assert.Single(ColorParity.Compare(TestApps.ApiAndSite, Snapshot(DeploymentColor.Blue), pinned));

        Assert.Equal(("siteRoutingRule", "properties.listenerArn", "${productionListenerArn}"), (finding.Resource, finding.Field, finding.Green));
        Assert.Contains("\";{color}=${productionListenerArn};${otherColor}=${testListenerArn};\"", finding.Blue, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TheOtherColorsNameInsideAColor_IsADifference()
    {
        var crossed = GreenWith("jobsService", r => r.WithProperties(Replace(r.Properties, "name", "store-dev-jobs-blue")));

        var finding = Assert.Single(ColorParity.Compare(TestApps.ApiAndSite, Snapshot(DeploymentColor.Blue), crossed));

        Assert.Equal(("jobsService", "properties.name", "\"store-dev-jobs-{color}\"", "\"store-dev-jobs-blue\""), (finding.Resource, finding.Field, finding.Blue, finding.Green));
    }

    [Fact]
    public void IdentityFields_AreTheImageAndVersionAndTheRulePriorities()
    {
        var fields = ColorParity.IdentityFields(TestApps.Sample).Order().ToList();

        Assert.Equal(
        [
            ("webRoutingRule", "properties.priority"),
            ("webTaskDefinition", "properties.containerDefinitions[0].environment[5].value"),
            ("webTaskDefinition", "properties.containerDefinitions[0].image"),
            ("webTestHeaderRule", "properties.priority"),
            ("workerTaskDefinition", "properties.containerDefinitions[0].environment[6].value"),
            ("workerTaskDefinition", "properties.containerDefinitions[0].image"),
        ], fields);
    }

    private static ColorEnvironmentArgs Args(DeploymentColor color) =>
        ColorEnvironmentArgs.FromInputReferences(TestApps.ApiAndSite).Map(TestApps.ApiAndSite, (input, value) => input switch
        {
            ColorEnvironmentInputs.Color => color.Name(),
            ColorEnvironmentInputs.ImageTag => "1.0.0",
            ColorEnvironmentInputs.PrioritySlot => RulePriorities.Slot(color),
            ColorEnvironmentInputs.NamePrefix => "store-dev",
            _ when input.EndsWith("DesiredCount", StringComparison.Ordinal) => 2,
            _ => value,
        });

    private static ColorSnapshot Snapshot(DeploymentColor color) =>
        new(color, ColorEnvironment.Build(TestApps.ApiAndSite, Args(color)).Resources);

    /// <summary>Green's snapshot with one resource changed.</summary>
    private static ColorSnapshot GreenWith(string resource, Func<Resource, Resource> change)
    {
        var green = Snapshot(DeploymentColor.Green);
        return green with { Resources = [.. green.Resources.Select(r => r.Name == resource ? change(r) : r)] };
    }

    private static Resource Tamper(Resource targetGroup)
    {
        var healthCheck = (ObjectExpr)targetGroup.Properties["healthCheck"]!;
        return targetGroup.WithProperties(Replace(targetGroup.Properties, "healthCheck", Replace(healthCheck, "path", "/healthz")));
    }

    private static ObjectExpr Replace(ObjectExpr map, string key, Expr value) =>
        new([.. map.Entries.Select(e => e.Key == key ? e with { Value = value } : e)]);
}
