namespace Bluegreen.Release.Phases;

/// <summary>
/// Times the phases of one release as they run, from an injected clock: wall-clock start and end for the report,
/// durations from the monotonic timestamp so that a clock adjustment cannot make them negative.
/// </summary>
public sealed class ReleaseTimeline(TimeProvider time)
{
    private readonly List<PhaseRecord> _records = [];
    private OpenPhase? _open;

    public IReadOnlyList<PhaseRecord> Records => _records;

    /// <summary>The phase running now; null between phases.</summary>
    public ReleasePhase? Current => _open?.Phase;

    /// <summary>Starts a phase. Phases run in order; shift and bake alternate once per traffic step; finish may follow any phase.</summary>
    public void Begin(ReleasePhase phase, int? trafficPercent = null)
    {
        if (_open is not null)
        {
            throw new InvalidOperationException($"Phase {_open.Phase} is still running; end it before {phase} begins.");
        }

        var previous = _records.Count == 0 ? (ReleasePhase?)null : _records[^1].Phase;
        var allowed = previous is null
            || phase > previous
            || (phase == ReleasePhase.Shift && previous == ReleasePhase.Bake)
            || phase == ReleasePhase.Finish;
        if (!allowed || previous == ReleasePhase.Finish)
        {
            throw new InvalidOperationException($"Phase {phase} cannot follow {previous}.");
        }

        _open = new OpenPhase(phase, trafficPercent, time.GetUtcNow(), time.GetTimestamp());
    }

    public PhaseRecord End(PhaseStatus status, string message)
    {
        var open = _open ?? throw new InvalidOperationException("No phase is running.");
        var record = new PhaseRecord(
            open.Phase,
            status,
            open.StartedAt,
            time.GetUtcNow(),
            Math.Round(time.GetElapsedTime(open.Timestamp).TotalSeconds, 3),
            message,
            open.TrafficPercent);
        _records.Add(record);
        _open = null;
        return record;
    }

    private sealed record OpenPhase(ReleasePhase Phase, int? TrafficPercent, DateTimeOffset StartedAt, long Timestamp);
}
