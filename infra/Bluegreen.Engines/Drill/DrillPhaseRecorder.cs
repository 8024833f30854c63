
namespace Bluegreen.Engines.Drill;

/// <summary>What one phase concluded.</summary>
internal sealed record PhaseOutcome(bool Passed, string Detail)
{
    public static PhaseOutcome Pass(string detail) => new(true, detail);

    public static PhaseOutcome Fail(string detail) => new(false, detail);
}

/// <summary>
/// Runs drill phases in order, timing each with the injected clock. After the first failure the remaining phases are
/// recorded as skipped and not run. A phase that throws a <see cref="StackFailureException"/> fails with its message.
/// </summary>
internal sealed class DrillPhaseRecorder(TimeProvider time)
{
    private readonly List<DrillPhase> _phases = [];

    public IReadOnlyList<DrillPhase> Phases => _phases;

    /// <summary>The first failed phase, if any.</summary>
    public DrillPhase? Failure => _phases.FirstOrDefault(phase => phase.Status == DrillPhaseStatus.Failed);

    public double RecoverySeconds =>
        _phases.Where(phase => DrillPhases.Recovery.Contains(phase.Name)).Sum(phase => phase.DurationSeconds);

    public async Task RunAsync(string name, Func<CancellationToken, Task<PhaseOutcome>> phase, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            _phases.Add(new DrillPhase(name, DrillPhaseStatus.Skipped, 0, $"not run: {Failure.Name} failed"));
            return;
        }

        var started = time.GetTimestamp();
        PhaseOutcome outcome;
        try
        {
            outcome = await phase(cancellationToken);
        }
        catch (StackFailureException failure)
        {
            outcome = PhaseOutcome.Fail(string.Join(" ", [failure.Message, .. failure.Details]));
        }

        var seconds = Math.Round(time.GetElapsedTime(started).TotalSeconds, 3);
        _phases.Add(new DrillPhase(name, outcome.Passed ? DrillPhaseStatus.Passed : DrillPhaseStatus.Failed, seconds, outcome.Detail));
    }
}
