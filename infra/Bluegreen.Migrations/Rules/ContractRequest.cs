using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.Rules;

/// <summary>What <c>migrate contract</c> is asked to do; the schema history and the time come from the database and the clock.</summary>
public sealed record ContractRequest
{
    public static readonly TimeSpan DefaultSoak = TimeSpan.FromHours(24);

    /// <summary>The migrations shipped with the newest release.</summary>
    public required MigrationSet Set { get; init; }

    /// <summary>Every color with running instances: the active one and the idle one kept for rollback.</summary>
    public required IReadOnlyList<RunningColor> Running { get; init; }

    /// <summary>When the newest release started taking production traffic; null when none has.</summary>
    public required DateTimeOffset? NewestReleaseLiveSince { get; init; }

    /// <summary>How long the newest release must have been live first.</summary>
    /// <remarks>Left out: <see cref="DefaultSoak"/> (24 h). Must not be negative.</remarks>
    public TimeSpan Soak { get; init; } = DefaultSoak;

    /// <summary>Skip the soak time (never the check of running versions). Needs <see cref="Reason"/>.</summary>
    public bool Force { get; init; }

    /// <summary>Why the soak is skipped; recorded with each contract in the schema history.</summary>
    /// <remarks>Left out: none; then <see cref="Force"/> is refused.</remarks>
    public string? Reason { get; init; }
}

/// <summary>The contracts to run now, or every reason not to. Nothing runs unless <see cref="Refusals"/> is empty.</summary>
/// <param name="ForcedReason">The reason recorded with each contract when <c>--force</c> was used.</param>
public sealed record ContractDecision(IReadOnlyList<Migration> Contracts, IReadOnlyList<Refusal> Refusals, string? ForcedReason)
{
    public bool Allowed => Refusals.Count == 0;
}
