namespace Bluegreen.Migrations.Rules;

/// <summary>One way the schema differs from what the deployed versions need.</summary>
/// <param name="Subject">The migration file or color the finding is about.</param>
public sealed record SchemaDriftFinding(SchemaDriftKind Kind, string Subject, string Problem, string Fix)
{
    public override string ToString() => $"{Subject}: {Problem} Fix: {Fix}";
}

public enum SchemaDriftKind
{
    /// <summary>A migration's file differs from the text that ran (checksums differ).</summary>
    ChangedAfterApply,

    /// <summary>A migration ran as one phase and its file now names the other.</summary>
    PhaseChanged,

    /// <summary>Applied, but missing from the migrations of a version at least as new as the one that applied it.</summary>
    NotShipped,

    /// <summary>A running color's version ships an expand that has not run.</summary>
    ExpandMissing,

    /// <summary>A running color's version is broken by an applied contract.</summary>
    BrokenColor,
}
