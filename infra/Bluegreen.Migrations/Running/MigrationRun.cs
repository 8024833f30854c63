namespace Bluegreen.Migrations.Running;

/// <summary>Who applies migrations and on behalf of which version; written into each history row.</summary>
/// <param name="AppVersion">The version whose release (or <c>migrate contract</c>) runs them.</param>
/// <param name="AppliedBy">The person or pipeline, e.g. <c>alice@laptop</c>.</param>
/// <param name="ForcedReason">Set only for contracts run with <c>--force</c>: the reason given.</param>
public sealed record MigrationRun(string AppVersion, string AppliedBy, string? ForcedReason = null);
