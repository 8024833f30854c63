namespace Bluegreen.Migrations.Rules;

/// <summary>Why a step was refused and what to do about it. A value, not an exception: the CLI maps the kind to an exit code.</summary>
public sealed record Refusal(RefusalKind Kind, string Reason, string Fix)
{
    public override string ToString() => $"{Reason} Fix: {Fix}";
}

public enum RefusalKind
{
    /// <summary>An applied (or about to be applied) contract breaks the version a color runs or would run.</summary>
    BrokenVersion,

    /// <summary>A version is not a semantic version, so no contract can be proven safe for it.</summary>
    UnknownVersion,

    /// <summary>A contract waits for an expand numbered before it that has not run.</summary>
    ExpandNotApplied,

    /// <summary>The newest release has not been live for the soak time yet.</summary>
    Soaking,

    /// <summary>No release has gone live, so the soak time cannot have passed.</summary>
    NoLiveRelease,

    /// <summary><c>--force</c> was given without a reason to record.</summary>
    ForceWithoutReason,
}
