using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.LoadGen.Load;

/// <summary>The figures of one run.</summary>
internal sealed record LoadReport
{
    public required double Rate { get; init; }
    public required double Seconds { get; init; }
    public required double AchievedRate { get; init; }
    public required int Requests { get; init; }
    public required int TestListenerRequests { get; init; }
    public required int Failed { get; init; }
    public required int NonSuccess { get; init; }

    /// <summary>Started after a switch returned, finished before the next began, answered by the other color.</summary>
    public required int Stale { get; init; }

    /// <summary>Requests that fell wholly between two switches, so the stale check applies to them.</summary>
    public required int StaleChecked { get; init; }
    public required int Switches { get; init; }
    public required int FailedSwitches { get; init; }
    public required double SwitchP50Ms { get; init; }
    public required double SwitchP99Ms { get; init; }
    public required double SwitchMaxMs { get; init; }
    public required double LatencyP50Ms { get; init; }
    public required double LatencyP99Ms { get; init; }
    public required double LatencyMaxMs { get; init; }

    public static LoadReport Build(RunOptions options, RequestRecord[] records, IReadOnlyList<SwitchRecord> switches, string initialColor)
    {
        var latencies = records.Where(r => r.Outcome is RequestOutcome.Success or RequestOutcome.NonSuccessStatus)
            .Select(r => Milliseconds(r.End - r.Start)).Order().ToArray();
        var roundTrips = switches.Select(s => Milliseconds(s.End - s.Start)).Order().ToArray();
        var (stale, staleChecked) = CountStale(records, switches, initialColor);
        var firstStart = records.Min(r => r.Start);
        var lastStart = records.Max(r => r.Start);
        return new LoadReport
        {
            Rate = options.Rate,
            Seconds = options.Seconds,
            AchievedRate = records.Length > 1 ? (records.Length - 1) / ElapsedSeconds(lastStart - firstStart) : records.Length,
            Requests = records.Length,
            TestListenerRequests = records.Count(r => r.ToTestListener),
            Failed = records.Count(r => r.Outcome is RequestOutcome.Failed or RequestOutcome.Pending),
            NonSuccess = records.Count(r => r.Outcome == RequestOutcome.NonSuccessStatus),
            Stale = stale,
            StaleChecked = staleChecked,
            Switches = switches.Count,
            FailedSwitches = switches.Count(s => !s.Succeeded),
            SwitchP50Ms = Percentile(roundTrips, 0.50),
            SwitchP99Ms = Percentile(roundTrips, 0.99),
            SwitchMaxMs = roundTrips.LastOrDefault(),
            LatencyP50Ms = Percentile(latencies, 0.50),
            LatencyP99Ms = Percentile(latencies, 0.99),
            LatencyMaxMs = latencies.LastOrDefault(),
        };
    }

    /// <summary>Checks every successful request that fell wholly inside one window between two switch calls.</summary>
    internal static (int Stale, int Checked) CountStale(RequestRecord[] records, IReadOnlyList<SwitchRecord> switches, string initialColor)
    {
        var ends = switches.Select(s => s.End).ToArray();
        int stale = 0, checkedCount = 0;
        foreach (var request in records.Where(r => r.Outcome == RequestOutcome.Success))
        {
            // The last switch that returned before this request started.
            var index = Array.BinarySearch(ends, request.Start);
            var last = (index >= 0 ? index : ~index) - 1;
            var windowEnd = last + 1 < switches.Count ? switches[last + 1].Start : long.MaxValue;
            string? served = last < 0 ? initialColor : switches[last].Succeeded ? switches[last].To : null;
            if (served is null || request.End >= windowEnd)
            {
                continue;
            }

            checkedCount++;
            var expected = request.ToTestListener ? RouterColors.Other(served) : served;
            if (request.AnsweredColor != expected)
            {
                stale++;
            }
        }

        return (stale, checkedCount);
    }

    public string ToText()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"load: {Rate:0} rps for {Seconds:0.#} s (achieved {AchievedRate:0.0} rps), {Requests} requests, {TestListenerRequests} to the test listener");
        text.AppendLine(c, $"  failed {Failed}, non-2xx {NonSuccess}, stale {Stale} of {StaleChecked} checked");
        text.AppendLine(c, $"  switches {Switches} (failed {FailedSwitches}), round trip p50 {SwitchP50Ms:0.000} ms, p99 {SwitchP99Ms:0.000} ms, max {SwitchMaxMs:0.000} ms");
        text.AppendLine(c, $"  latency through the router p50 {LatencyP50Ms:0.000} ms, p99 {LatencyP99Ms:0.000} ms, max {LatencyMaxMs:0.000} ms");
        text.AppendLine(c, $"  goals: {Goal("0 failed", Failed + NonSuccess + FailedSwitches == 0)}, {Goal("0 stale", Stale == 0)}, "
            + $"{Goal("switch p50 <= 1 ms", SwitchP50Ms <= 1)}, {Goal("switch p99 <= 25 ms", SwitchP99Ms <= 25)}, {Goal("latency p99 <= 10 ms", LatencyP99Ms <= 10)}");
        return text.ToString();
    }

    private static string Goal(string goal, bool met) => $"{goal} {(met ? "met" : "MISSED")}";

    public string ToJson() => JsonSerializer.Serialize(this, LoadReportJson.Default.LoadReport) + "\n";

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static double ElapsedSeconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LoadReport))]
internal sealed partial class LoadReportJson : JsonSerializerContext;
