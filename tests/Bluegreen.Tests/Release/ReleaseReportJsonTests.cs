using System.Text.Json;
using Bluegreen.Release.Analysis;
using Bluegreen.Release.Phases;

namespace Bluegreen.Tests.Release;

public sealed class ReleaseReportJsonTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Serialize_RolledBackRelease_CarriesTheFiguresBehindTheDecision()
    {
        var json = JsonDocument.Parse(ReleaseReportJson.Serialize(RolledBack())).RootElement;

        Assert.Equal("rolledBack", json.GetProperty("outcome").GetString());
        Assert.Equal("canary:10,100", json.GetProperty("strategy").GetString());
        Assert.Equal("1m", json.GetProperty("bake").GetString());
        Assert.Equal("10s", json.GetProperty("limits").GetProperty("interval").GetString());
        Assert.Equal(130, json.GetProperty("durationSeconds").GetDouble());
        Assert.False(json.GetProperty("limits").TryGetProperty("maxErrorRatePercent", out _));

        var decision = json.GetProperty("decisions")[0];
        Assert.Equal("rollBack", decision.GetProperty("kind").GetString());
        Assert.Equal(10, decision.GetProperty("trafficPercent").GetInt32());
        var analysis = decision.GetProperty("analysis");
        Assert.Equal("breach", analysis.GetProperty("kind").GetString());
        Assert.Equal(2000, analysis.GetProperty("baseline").GetProperty("requests").GetInt64());
        Assert.Equal(0.5, analysis.GetProperty("baseline").GetProperty("errorRatePercent").GetDouble());
        var last = analysis.GetProperty("intervals")[2];
        Assert.Equal(5, last.GetProperty("window").GetProperty("errorRatePercent").GetDouble());
        Assert.Equal(4.5, last.GetProperty("errorRateIncreasePoints").GetDouble());
        Assert.Equal(3, last.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal("error rate 5% is 4.5 points above the baseline's 0.5% (limit 1)", last.GetProperty("reasons")[0].GetString());

        Assert.Equal(["preflight", "deploy", "verify", "baseline", "shift", "bake", "finish"],
            json.GetProperty("phases").EnumerateArray().Select(phase => phase.GetProperty("phase").GetString()));
        Assert.Equal("failed", json.GetProperty("phases")[5].GetProperty("status").GetString());
    }

    [Fact]
    public void Serialize_IsDeterministicAndReadsBack()
    {
        var json = ReleaseReportJson.Serialize(RolledBack());

        var again = ReleaseReportJson.Serialize(ReleaseReportJson.Deserialize(json)!);

        Assert.Equal(json, again);
        Assert.Equal(json, ReleaseReportJson.Serialize(RolledBack()));
    }

    private static ReleaseReport RolledBack()
    {
        var limits = AnalysisLimits.LocalDefaults;
        var baseline = new WindowFigures(T0.AddSeconds(30), T0.AddSeconds(40), 2000, 10, 120);
        WindowFigures Bad(int i) => new(T0.AddSeconds(50 + (10 * i)), T0.AddSeconds(60 + (10 * i)), 1000, 50, 130);
        var analysis = BakeAnalysis.Analyze(baseline, [Bad(0), Bad(1), Bad(2)], limits);
        PhaseRecord Phase(ReleasePhase phase, PhaseStatus status, int start, int end, int? traffic = null) =>
            new(phase, status, T0.AddSeconds(start), T0.AddSeconds(end), end - start, phase.ToString(), traffic);
        return new ReleaseReport(
            "dev",
            "2.1.0-faulty",
            "blue",
            "green",
            "canary:10,100",
            TimeSpan.FromMinutes(1),
            limits,
            ReleaseOutcome.RolledBack,
            "Rolled back to blue: " + analysis.Message,
            T0,
            T0.AddSeconds(130),
            [
                Phase(ReleasePhase.Preflight, PhaseStatus.Succeeded, 0, 1),
                Phase(ReleasePhase.Deploy, PhaseStatus.Succeeded, 1, 20),
                Phase(ReleasePhase.Verify, PhaseStatus.Succeeded, 20, 30),
                Phase(ReleasePhase.Baseline, PhaseStatus.Succeeded, 30, 40),
                Phase(ReleasePhase.Shift, PhaseStatus.Succeeded, 40, 50, 10),
                Phase(ReleasePhase.Bake, PhaseStatus.Failed, 50, 80, 10),
                Phase(ReleasePhase.Finish, PhaseStatus.Succeeded, 80, 130),
            ],
            [new AutomaticDecision(DecisionKind.RollBack, ReleasePhase.Bake, T0.AddSeconds(80), analysis.Message, 10, analysis)],
            Reason: "demo: a faulty build");
    }
}
