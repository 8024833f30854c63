using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Drill;
using Bluegreen.Engines.Pulumi.Drill;
using Bluegreen.Engines.Pulumi.Driver;
using Bluegreen.Stacks.Settings;
using Bluegreen.Tests.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Drill;

public sealed class PulumiDrillRunnerTests : IDisposable
{
    private const string Prefix = "urn:pulumi:dev::bluegreen::bluegreen-components:index:ColorEnvironment";

    /// <summary>
    /// The green component alone, with its dependents: pulumi/pulumi step_generator.go <c>isTargetedForUpdate</c> targets
    /// each child through its Parent (first entry of <c>State.GetAllDependencies</c>) once the component is targeted, and
    /// <c>getTargetDependents</c> does the same for destroy. Listing the children instead would make up fail
    /// (deployment_executor.go <c>checkTargets</c>) as soon as the code stops declaring one of them.
    /// </summary>
    private static readonly string[] GreenTargets = ["--target", Prefix + "::green", "--target-dependents"];

    private readonly PulumiScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task RunAsync_IdleColor_TearsDownAndRebuildsWithExactCommands()
    {
        ExpectGreenDrillThatPasses();

        var report = await Drill(color: null);

        _scenario.AssertAllCallsMade();
        Assert.Equal(
            new DrillReport("dev", EngineKind.Aws, DeploymentColor.Green, SteppingTimeProvider.Now, report.Phases, 3, DrillResult.Passed,
                "green was torn down and rebuilt; recovery took 3 s."),
            report);
        Assert.Equal(
            [
                new DrillPhase("preflight", DrillPhaseStatus.Passed, 1,
                    "blue is active; green has 4 resources in state; nothing is pending; the teardown plan deletes 4, all of them green"),
                new DrillPhase("teardown", DrillPhaseStatus.Passed, 1, "deleted 4 resources"),
                new DrillPhase("rebuild", DrillPhaseStatus.Passed, 1, "created 4 resources"),
                new DrillPhase("verify", DrillPhaseStatus.Passed, 1, "preview shows no changes for green; all 4 of its resources are back in state"),
            ],
            report.Phases);
    }

    [Fact]
    public async Task RunAsync_IdleColor_NeverTargetsActiveOrSharedResources()
    {
        ExpectGreenDrillThatPasses();

        await Drill(DeploymentColor.Green);

        var targeted = _scenario.Invocations()
            .SelectMany(args => args.Zip(args.Skip(1)).Where(pair => pair.First == "--target").Select(pair => pair.Second))
            .ToList();
        Assert.Equal([Prefix + "::green", Prefix + "::green", Prefix + "::green"], targeted);
        Assert.All(targeted, urn => Assert.Equal(ResourceOwner.Green, UrnOwnership.OwnerOf(PulumiUrn.Parse(urn))));
    }

    [Fact]
    public async Task RunAsync_ActiveColor_RefusesBeforeTouchingAnything()
    {
        _scenario.ExpectVersion().ExpectActiveColor("blue");

        var report = await Drill(DeploymentColor.Blue);

        _scenario.AssertAllCallsMade();
        Assert.Equal(DrillResult.Refused, report.Result);
        Assert.Equal(
            "blue is the active color; a drill only tears down the idle color. Switch first with `bluegreen switch --to green`, then drill blue.",
            report.Message);
        Assert.Equal(
            [DrillPhaseStatus.Failed, DrillPhaseStatus.Skipped, DrillPhaseStatus.Skipped, DrillPhaseStatus.Skipped],
            report.Phases.Select(phase => phase.Status));
        Assert.Equal(0, report.RecoverySeconds);
    }

    [Fact]
    public async Task RunAsync_AChildTheCodeNoLongerDeclares_IsNotTargetedAndVerifyNamesIt()
    {
        ExpectTeardownAndRebuild("Engines.Pulumi/Drill/Fixtures/up-events.ndjson")
            .ExpectStack(["preview", "--json", "--expect-no-changes"], fixture: "Engines.Pulumi/Drift/Fixtures/no-changes.json")
            .ExpectStack(["stack", "export"], fixture: "Engines.Pulumi/Drill/Fixtures/stack-export-child-gone.json");

        var report = await Drill(color: null);

        _scenario.AssertAllCallsMade();
        Assert.Equal(DrillResult.Passed, report.Result);
        Assert.Equal(
            new DrillPhase("verify", DrillPhaseStatus.Passed, 1,
                "preview shows no changes for green; 3 of its 4 resources are back in state; the code no longer declares green-db-replica"),
            report.Phases[3]);
    }

    [Fact]
    public async Task RunAsync_RebuildFails_StopsAndNamesThePhase()
    {
        ExpectTeardownAndRebuild("Engines.Pulumi/Drill/Fixtures/up-failed-events.ndjson", upExitCode: 1);

        var report = await Drill(color: null);

        _scenario.AssertAllCallsMade();
        const string Reason =
            "pulumi up failed: creating ECS Service (green-web-svc): InvalidParameterException: The target group does not have an associated load balancer.";
        Assert.Equal(DrillResult.Failed, report.Result);
        Assert.Equal("rebuild failed: " + Reason, report.Message);
        Assert.Equal(new DrillPhase("rebuild", DrillPhaseStatus.Failed, 1, Reason), report.Phases[2]);
        Assert.Equal(new DrillPhase("verify", DrillPhaseStatus.Skipped, 0, "not run: rebuild failed"), report.Phases[3]);
        Assert.Equal(2, report.RecoverySeconds);
    }

    [Fact]
    public async Task RunAsync_TeardownWouldDeleteSharedResource_StopsInPreflight()
    {
        ExpectPreflight(activeColor: "blue", plan: "Engines.Pulumi/Drill/Fixtures/destroy-plan-collateral.json");

        var report = await Drill(color: null);

        _scenario.AssertAllCallsMade();
        Assert.Equal(DrillResult.Failed, report.Result);
        Assert.Equal(
            "preflight failed: tearing down green would also delete test-listener (shared), which depend on it. A drill may only remove "
            + "the idle color: make shared resources stop depending on green's resources, then drill again.",
            report.Message);
    }

    [Fact]
    public async Task RunAsync_PendingOperations_StopsInPreflight()
    {
        _scenario.ExpectVersion()
            .ExpectActiveColor("blue")
            .ExpectStack(["stack", "export"], fixture: "Engines.Pulumi/Drill/Fixtures/stack-export-pending.json");

        var report = await Drill(color: null);

        _scenario.AssertAllCallsMade();
        Assert.Equal(
            "preflight failed: the state has pending operations from an interrupted update (updating green-web-svc). Resolve them with "
            + "`pulumi refresh --clear-pending-creates --stack dev` or `pulumi cancel`, then drill again.",
            report.Message);
    }

    [Fact]
    public async Task RunAsync_PreviewStillShowsChanges_FailsVerify()
    {
        ExpectTeardownAndRebuild("Engines.Pulumi/Drill/Fixtures/up-events.ndjson")
            .ExpectStack(["preview", "--json", "--expect-no-changes"], fixture: "Engines.Pulumi/Drift/Fixtures/remediation-plan-safe.json", exitCode: 7);

        var report = await Drill(color: null);

        _scenario.AssertAllCallsMade();
        Assert.Equal("verify failed: preview still shows changes for green: update green-web-tg", report.Message);
        Assert.Equal(3, report.RecoverySeconds);
    }

    private void ExpectGreenDrillThatPasses() =>
        ExpectTeardownAndRebuild("Engines.Pulumi/Drill/Fixtures/up-events.ndjson")
            .ExpectStack(["preview", "--json", "--expect-no-changes"], fixture: "Engines.Pulumi/Drift/Fixtures/no-changes.json")
            .ExpectStack(["stack", "export"], fixture: "Engines.Pulumi/Drill/Fixtures/stack-export.json");

    private PulumiScenario ExpectTeardownAndRebuild(string upFixture, int upExitCode = 0) =>
        ExpectPreflight(activeColor: "blue", plan: "Engines.Pulumi/Drill/Fixtures/destroy-plan.json")
            .ExpectStack(["destroy", .. GreenTargets, "--yes", "--json"], fixture: "Engines.Pulumi/Drill/Fixtures/destroy-events.ndjson")
            .ExpectStack(["up", .. GreenTargets, "--yes", "--json"], fixture: upFixture, exitCode: upExitCode);

    private PulumiScenario ExpectPreflight(string activeColor, string plan) =>
        _scenario.ExpectVersion()
            .ExpectActiveColor(activeColor)
            .ExpectStack(["stack", "export"], fixture: "Engines.Pulumi/Drill/Fixtures/stack-export.json")
            .ExpectStack(["destroy", "--preview-only", .. GreenTargets, "--json"], fixture: plan);

    private Task<DrillReport> Drill(DeploymentColor? color) =>
        new PulumiDrillRunner(_scenario.Stack(), new SteppingTimeProvider()).RunAsync(color, CancellationToken.None);
}
