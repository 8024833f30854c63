using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Pulumi.Drift;
using Bluegreen.Stacks.Settings;
using Bluegreen.Tests.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Drift;

public sealed class PulumiDriftDetectorTests : IDisposable
{
    private static readonly string[] Refresh = ["refresh", "--preview-only", "--expect-no-changes", "--json"];
    private static readonly string[] Preview = ["preview", "--json", "--expect-no-changes"];

    private static readonly DriftFinding GreenHealthCheckPath = new(
        ResourceOwner.Green, "green-web-tg", "aws:lb/targetGroup:TargetGroup", DriftKind.Changed, DriftSource.Live, "healthCheck.path", "/health", "/");

    private static readonly DriftFinding BlueReplicaGone = new(
        ResourceOwner.Blue, "blue-db-replica", "aws:rds/instance:Instance", DriftKind.Missing, DriftSource.Live);

    private static readonly DriftFinding PrimaryPasswordMasked = new(
        ResourceOwner.Shared, "db-primary", "aws:rds/instance:Instance", DriftKind.Changed, DriftSource.Live, "password", "[secret]", "[secret]");

    private static readonly DriftFinding DebugGroupNotInCode = new(
        ResourceOwner.Shared, "debug-sg", "aws:ec2/securityGroup:SecurityGroup", DriftKind.Unexpected, DriftSource.Code);

    private readonly PulumiScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task DetectAsync_DriftInCloudAndCode_ReportsEachFindingWithItsColor()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Refresh, fixture: "Engines.Pulumi/Drift/Fixtures/refresh-drift.json", exitCode: 7)
            .ExpectStack(Preview, fixture: "Engines.Pulumi/Drift/Fixtures/preview-unexpected.json", exitCode: 7);

        var report = await Detect();

        Assert.Equal(DriftStatus.DriftFound, report.Status);
        Assert.Equal([BlueReplicaGone, GreenHealthCheckPath, PrimaryPasswordMasked, DebugGroupNotInCode], report.Findings);
        Assert.Equal(("dev", EngineKind.Aws, SteppingTimeProvider.Now), (report.Stack, report.Engine, report.CheckedAt));
        Assert.Null(report.Error);
        _scenario.AssertAllCallsMade();
    }

    [Fact]
    public async Task DetectAsync_NothingChanged_ReportsNoDrift()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Refresh, fixture: "Engines.Pulumi/Drift/Fixtures/no-changes.json")
            .ExpectStack(Preview, fixture: "Engines.Pulumi/Drift/Fixtures/no-changes.json");

        var report = await Detect();

        Assert.Equal(DriftStatus.NoDrift, report.Status);
        Assert.Empty(report.Findings);
        _scenario.AssertAllCallsMade();
    }

    [Fact]
    public async Task DetectAsync_RefreshPrintsEventStream_FindsTheSameDrift()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Refresh, fixture: "Engines.Pulumi/Drift/Fixtures/refresh-drift-events.ndjson", exitCode: 7)
            .ExpectStack(Preview, fixture: "Engines.Pulumi/Drift/Fixtures/no-changes.json");

        var report = await Detect();

        Assert.Equal(DriftStatus.DriftFound, report.Status);
        Assert.Equal([BlueReplicaGone, GreenHealthCheckPath, PrimaryPasswordMasked], report.Findings);
    }

    [Fact]
    public async Task DetectAsync_Exit255WithChangesAndNoErrors_DecidesDriftFromJson()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Refresh, fixture: "Engines.Pulumi/Drift/Fixtures/refresh-drift.json", exitCode: 255)
            .ExpectStack(Preview, fixture: "Engines.Pulumi/Drift/Fixtures/no-changes.json");

        var report = await Detect();

        Assert.Equal(DriftStatus.DriftFound, report.Status);
        Assert.Equal(3, report.Findings.Count);
    }

    [Fact]
    public async Task DetectAsync_Exit255WithErrorDiagnostic_CouldNotCheck()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Refresh, fixture: "Engines.Pulumi/Drift/Fixtures/refresh-error.json", exitCode: 255)
            .ExpectStack(Preview, fixture: "Engines.Pulumi/Drift/Fixtures/no-changes.json");

        var report = await Detect();

        Assert.Equal(DriftStatus.CouldNotCheck, report.Status);
        Assert.Equal(
            "cloud check: reading ELBv2 Target Group (arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/green-web/1): AccessDenied: not authorized",
            report.Error);
    }

    [Fact]
    public async Task DetectAsync_RefreshPrintsNoJson_CouldNotCheckAndSaysWhy()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Refresh, stderr: "error: could not load plugin for aws provider\n", exitCode: 1)
            .ExpectStack(Preview, fixture: "Engines.Pulumi/Drift/Fixtures/preview-unexpected.json", exitCode: 7);

        var report = await Detect();

        Assert.Equal(DriftStatus.CouldNotCheck, report.Status);
        Assert.Equal([DebugGroupNotInCode], report.Findings);
        Assert.Equal(
            $"cloud check: pulumi {string.Join(' ', _scenario.StackArgs(Refresh))} printed no JSON: error: could not load plugin for aws provider",
            report.Error);
    }

    [Fact]
    public async Task DetectAsync_StackNotFound_StopsWithUnknownStack()
    {
        _scenario.ExpectVersion()
            .ExpectStack(Refresh, stderr: "error: no stack named 'dev' found\n", exitCode: 6);

        var failure = await Assert.ThrowsAsync<StackFailureException>(Detect);

        Assert.Equal(StackError.UnknownStack, failure.Error);
        _scenario.AssertAllCallsMade();
    }

    private Task<DriftReport> Detect() =>
        new PulumiDriftDetector(_scenario.Stack(), new SteppingTimeProvider()).DetectAsync(CancellationToken.None);
}
