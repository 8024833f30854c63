using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Drift;

/// <summary>The result of comparing a stack's description with what exists, for any engine.</summary>
/// <param name="Error">Why the check could not complete; set only with <see cref="DriftStatus.CouldNotCheck"/>.</param>
/// <param name="Remediation">Present when remediation was asked for and drift was found.</param>
internal sealed record DriftReport(
    string Stack,
    EngineKind Engine,
    DateTimeOffset CheckedAt,
    IReadOnlyList<DriftFinding> Findings,
    DriftStatus Status,
    string? Error = null,
    RemediationReport? Remediation = null);

internal enum DriftStatus
{
    NoDrift,
    DriftFound,

    /// <summary>The check itself failed; any findings listed are partial.</summary>
    CouldNotCheck,
}

/// <summary>One difference. For a changed resource there is one finding per field.</summary>
/// <param name="Resource">The resource's logical name, e.g. <c>green-web-tg</c>.</param>
/// <param name="ResourceType">Engine-specific type, e.g. <c>aws:lb/targetGroup:TargetGroup</c>.</param>
/// <param name="Field">Property path for <see cref="DriftKind.Changed"/>, e.g. <c>healthCheck.path</c>.</param>
/// <param name="Expected">What the reference side holds (the state for live drift, the code for code drift); "[secret]" for secrets.</param>
/// <param name="Actual">What was found instead; "[secret]" for secrets.</param>
internal sealed record DriftFinding(
    ResourceOwner Color,
    string Resource,
    string ResourceType,
    DriftKind Kind,
    DriftSource Source,
    string? Field = null,
    string? Expected = null,
    string? Actual = null);

internal enum DriftKind
{
    /// <summary>Described but not there: gone from the cloud, or not yet created from the code.</summary>
    Missing,

    /// <summary>There but not described: in the cloud or state, absent from the code.</summary>
    Unexpected,

    Changed,
}

internal enum DriftSource
{
    /// <summary>Blue and green differ where they must be identical.</summary>
    Parity,

    /// <summary>The running world differs from the recorded state.</summary>
    Live,

    /// <summary>The code differs from the recorded state.</summary>
    Code,
}
