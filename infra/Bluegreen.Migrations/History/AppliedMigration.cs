using Bluegreen.Migrations.Model;

namespace Bluegreen.Migrations.History;

/// <summary>One row of the schema history: a migration that ran and committed.</summary>
/// <param name="Breaks">The contract's range as it was applied; null for an expand. Checks of switches use this, not today's files.</param>
/// <param name="AppVersion">The app version whose release (or <c>migrate contract</c>) applied it.</param>
/// <param name="AppliedAt">The start of its transaction, by the database clock.</param>
/// <param name="AppliedBy">Who ran it, as the caller named them (e.g. <c>alice@build-7</c>).</param>
/// <param name="DurationMs">Time inside its transaction, by the database clock.</param>
/// <param name="ForcedReason">Set when <c>--force</c> skipped the soak time: the reason given.</param>
public sealed record AppliedMigration(
    int Number,
    string FileName,
    MigrationPhase Phase,
    string? Breaks,
    string AppVersion,
    DateTimeOffset AppliedAt,
    string AppliedBy,
    int DurationMs,
    string Checksum,
    string? ForcedReason);
