using System.Text.Json;
using Bluegreen.Cli;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Drill;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Tests.Engines;

/// <summary>Reports go to standard output with the CLI's JSON options: camelCase names and enums, no nulls.</summary>
public class EngineResultJsonTests
{
    private static readonly JsonSerializerOptions Compact = new(CommandOutput.JsonOptions) { WriteIndented = false };
    private static readonly DateTimeOffset Time = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DriftReport_SerializesNamesAndEnumsInCamelCase()
    {
        var report = new DriftReport("dev", EngineKind.Aws, Time,
            [new DriftFinding(ResourceOwner.Green, "green-web-tg", "aws:lb/targetGroup:TargetGroup", DriftKind.Changed, DriftSource.Live, "healthCheck.path", "/health", "/")],
            DriftStatus.DriftFound);

        var json = JsonSerializer.Serialize(report, Compact);

        Assert.Equal(
            """{"stack":"dev","engine":"aws","checkedAt":"2026-11-02T10:00:00+00:00","findings":[{"color":"green","resource":"green-web-tg","resourceType":"aws:lb/targetGroup:TargetGroup","kind":"changed","source":"live","field":"healthCheck.path","expected":"/health","actual":"/"}],"status":"driftFound"}""",
            json);
    }

    [Fact]
    public void DrillReport_SerializesPhasesAndRecovery()
    {
        var report = new DrillReport("dev", EngineKind.Aws, DeploymentColor.Green, Time,
            [new DrillPhase(DrillPhases.Teardown, DrillPhaseStatus.Failed, 12.5, "pulumi destroy failed: boom")], 12.5, DrillResult.Failed,
            "teardown failed: pulumi destroy failed: boom");

        var json = JsonSerializer.Serialize(report, Compact);

        Assert.Equal(
            """{"stack":"dev","engine":"aws","color":"green","startedAt":"2026-11-02T10:00:00+00:00","phases":[{"name":"teardown","status":"failed","durationSeconds":12.5,"detail":"pulumi destroy failed: boom"}],"recoverySeconds":12.5,"result":"failed","message":"teardown failed: pulumi destroy failed: boom"}""",
            json);
    }
}
