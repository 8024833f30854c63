
namespace Bluegreen.Engines.Drift;

/// <summary>What remediation planned and whether it was applied.</summary>
/// <param name="ChangesProductionTraffic">The plan touches a listener, a listener rule or the active-color parameter.</param>
internal sealed record RemediationReport(
    RemediationStatus Status,
    IReadOnlyList<ResourceChange> Plan,
    bool ChangesProductionTraffic,
    string Message);

internal enum RemediationStatus
{
    Applied,

    /// <summary>The plan changes production traffic and that was not explicitly allowed; nothing was changed.</summary>
    Refused,

    Failed,

    /// <summary>The plan had nothing to change.</summary>
    NotNeeded,
}
