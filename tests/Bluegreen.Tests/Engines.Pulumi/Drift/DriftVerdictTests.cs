using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Pulumi.Drift;
using Bluegreen.Engines.Pulumi.Driver;
using Bluegreen.Tests.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Drift;

/// <summary>A CLI older than 3.227 exits 255 for every failure, "changes found" included: the JSON has to decide.</summary>
public class DriftVerdictTests
{
    private static readonly PulumiVersion OlderCli = new(3, 220, 0);

    private static readonly DriftFinding Finding = new(
        ResourceOwner.Green, "green-web-tg", "aws:lb/targetGroup:TargetGroup", DriftKind.Changed, DriftSource.Live, "healthCheck.path", "/health", "/");

    [Fact]
    public void Decide_OlderCli255WithChanges_IsDrift()
    {
        var check = Check("Engines.Pulumi/Drift/Fixtures/refresh-drift.json", 255);

        Assert.Equal((DriftStatus.DriftFound, null), DriftVerdict.Decide(check, [Finding]));
    }

    [Fact]
    public void Decide_OlderCli255WithErrorDiagnostic_CouldNotCheck()
    {
        var check = Check("Engines.Pulumi/Drift/Fixtures/refresh-error.json", 255);

        var (status, error) = DriftVerdict.Decide(check, []);

        Assert.Equal(DriftStatus.CouldNotCheck, status);
        Assert.EndsWith("AccessDenied: not authorized", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OlderCli255WithoutChangesOrErrors_CouldNotCheckWithStandardError()
    {
        var check = Check("Engines.Pulumi/Drift/Fixtures/no-changes.json", 255, stderr: "panic: runtime error\n");

        Assert.Equal((DriftStatus.CouldNotCheck, "panic: runtime error"), DriftVerdict.Decide(check, []));
    }

    [Fact]
    public void Decide_OlderCliSuccess_NoDrift()
    {
        Assert.Equal((DriftStatus.NoDrift, null), DriftVerdict.Decide(Check("Engines.Pulumi/Drift/Fixtures/no-changes.json", 0), []));
    }

    [Theory]
    [InlineData("NoDrift", "DriftFound", "DriftFound")]
    [InlineData("CouldNotCheck", "DriftFound", "CouldNotCheck")]
    [InlineData("NoDrift", "NoDrift", "NoDrift")]
    public void Worse_PrefersCouldNotCheckThenDrift(string first, string second, string worse)
    {
        Assert.Equal(Enum.Parse<DriftStatus>(worse), DriftVerdict.Worse(Enum.Parse<DriftStatus>(first), Enum.Parse<DriftStatus>(second)));
    }

    private static PulumiOperation Check(string fixture, int exitCode, string stderr = "")
    {
        var stdout = File.ReadAllText(PulumiScenario.Fixture(fixture));
        var run = new PulumiRun(["refresh", "--preview-only", "--expect-no-changes", "--json"], exitCode, stdout, stderr);
        return new PulumiOperation(run, PulumiExitCodes.Interpret(OlderCli, exitCode), PulumiJsonOutput.Parse(stdout));
    }
}
