namespace Bluegreen.Engines.Local.Health;

/// <summary>How a local stack stands, computed from desired and observed state; never stored. Ordered from best to worst.</summary>
internal enum StackPhase
{
    Healthy,

    /// <summary>On its way: instances starting, health not probed yet, a replica catching up.</summary>
    Progressing,

    /// <summary>Something is missing or broken and will not fix itself without <c>up</c>.</summary>
    Degraded,
}

/// <summary>One reason a stack or a color is not healthy.</summary>
internal sealed record HealthProblem(StackPhase Phase, string Reason);

/// <summary>The phase and, unless healthy, why.</summary>
internal sealed record PhaseVerdict(StackPhase Phase, string? Reason)
{
    private const int ReasonsShown = 3;

    public static PhaseVerdict Healthy { get; } = new(StackPhase.Healthy, null);

    /// <summary>The worst problem's phase, with the reasons of that phase.</summary>
    public static PhaseVerdict Of(IReadOnlyList<HealthProblem> problems)
    {
        if (problems.Count == 0)
        {
            return Healthy;
        }

        var worst = problems.Max(problem => problem.Phase);
        var reasons = problems.Where(problem => problem.Phase == worst).Select(problem => problem.Reason).ToList();
        var shown = string.Join("; ", reasons.Take(ReasonsShown));
        return new PhaseVerdict(worst, reasons.Count > ReasonsShown ? $"{shown}; and {reasons.Count - ReasonsShown} more" : shown);
    }
}
