namespace Bluegreen.Engines.Drift;

/// <summary>What a drift check may do besides looking.</summary>
/// <param name="Remediate">After finding drift, show the plan that makes the world match the code again and apply it.</param>
/// <param name="AllowTrafficChange">Let remediation apply a plan that touches listeners, listener rules or the active-color parameter.</param>
internal sealed record DriftOptions(bool Remediate = false, bool AllowTrafficChange = false);
