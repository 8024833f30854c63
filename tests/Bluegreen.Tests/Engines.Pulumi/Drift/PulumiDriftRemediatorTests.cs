using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Pulumi.Drift;
using Bluegreen.Tests.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Drift;

public sealed class PulumiDriftRemediatorTests : IDisposable
{
    private static readonly string[] Plan = ["preview", "--refresh", "--json"];
    private static readonly string[] Apply = ["up", "--refresh", "--yes", "--json"];

    private static readonly ResourceChange TargetGroupFix = new(
        ResourceOwner.Green, "green-web-tg", "aws:lb/targetGroup:TargetGroup", "update", ["healthCheck.path"], false);

    private static readonly ResourceChange ListenerChange = new(
        ResourceOwner.Shared, "production-listener", "aws:lb/listener:Listener", "update", ["defaultActions[0].targetGroupArn"], true);

    private readonly PulumiScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task RemediateAsync_PlanTouchesListenerWithoutFlag_RefusesAndChangesNothing()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Plan, fixture: "Engines.Pulumi/Drift/Fixtures/remediation-plan-traffic.json");

        var report = await Remediate(allowTrafficChange: false);

        Assert.Equal(RemediationStatus.Refused, report.Status);
        Assert.True(report.ChangesProductionTraffic);
        Assert.Equal([TargetGroupFix, ListenerChange], report.Plan);
        Assert.Equal(
            "This plan changes production traffic (update production-listener). Nothing was changed; "
            + "review the plan and re-run with --allow-traffic-change to apply it.",
            report.Message);
        _scenario.AssertAllCallsMade();
    }

    [Fact]
    public async Task RemediateAsync_PlanTouchesListenerWithFlag_AppliesIt()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Plan, fixture: "Engines.Pulumi/Drift/Fixtures/remediation-plan-traffic.json")
            .ExpectStack(Apply, fixture: "Engines.Pulumi/Drift/Fixtures/remediation-up-events.ndjson");

        var report = await Remediate(allowTrafficChange: true);

        Assert.Equal(RemediationStatus.Applied, report.Status);
        Assert.Equal("Applied 2 change(s). It changed production traffic (update production-listener).", report.Message);
        _scenario.AssertAllCallsMade();
    }

    [Fact]
    public async Task RemediateAsync_PlanAwayFromTraffic_AppliesWithoutFlag()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Plan, fixture: "Engines.Pulumi/Drift/Fixtures/remediation-plan-safe.json")
            .ExpectStack(Apply, fixture: "Engines.Pulumi/Drift/Fixtures/remediation-up-events.ndjson");

        var report = await Remediate(allowTrafficChange: false);

        Assert.Equal(new RemediationReport(RemediationStatus.Applied, report.Plan, false, "Applied 1 change(s)."), report);
        Assert.Equal([TargetGroupFix], report.Plan);
        _scenario.AssertAllCallsMade();
    }

    [Fact]
    public async Task RemediateAsync_UpFails_ReportsWhy()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Plan, fixture: "Engines.Pulumi/Drift/Fixtures/remediation-plan-safe.json")
            .ExpectStack(Apply, fixture: "Engines.Pulumi/Drill/Fixtures/up-failed-events.ndjson", exitCode: 1);

        var report = await Remediate(allowTrafficChange: false);

        Assert.Equal(RemediationStatus.Failed, report.Status);
        Assert.Equal(
            "pulumi up failed: creating ECS Service (green-web-svc): InvalidParameterException: The target group does not have an associated load balancer.",
            report.Message);
    }

    private Task<RemediationReport> Remediate(bool allowTrafficChange) =>
        new PulumiDriftRemediator(_scenario.Stack()).RemediateAsync(allowTrafficChange, CancellationToken.None);
}
