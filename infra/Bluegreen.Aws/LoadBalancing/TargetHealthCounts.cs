namespace Bluegreen.Aws.LoadBalancing;

/// <summary>One registered target and its state, as <c>describe-target-health</c> reported it.</summary>
/// <param name="State">One of botocore's TargetHealthStateEnum: initial, healthy, unhealthy, unhealthy.draining, unused, draining, unavailable.</param>
/// <param name="Reason">A TargetHealthReasonEnum value, e.g. <c>Target.Timeout</c>; none for healthy targets.</param>
public sealed record TargetState(string Id, int? Port, string State, string? Reason, string? Description);

/// <summary>The targets of one target group counted by state.</summary>
/// <param name="Draining">Targets leaving the group: <c>draining</c> and <c>unhealthy.draining</c>.</param>
/// <param name="Other">Targets <c>unused</c> (not registered with a listener, or in a disabled zone) or <c>unavailable</c> (health checks off).</param>
public sealed record TargetHealthCounts(
    string TargetGroupArn,
    int Healthy,
    int Unhealthy,
    int Initial,
    int Draining,
    int Other,
    IReadOnlyList<TargetState> Targets)
{
    public int Total => Healthy + Unhealthy + Initial + Draining + Other;

    /// <summary>The counts in one line, e.g. "healthy 1, unhealthy 1, initial 0, draining 0".</summary>
    public string Summary => $"healthy {Healthy}, unhealthy {Unhealthy}, initial {Initial}, draining {Draining}"
        + (Other > 0 ? $", unused or unavailable {Other}" : "");

    internal static TargetHealthCounts From(string targetGroupArn, DescribeTargetHealthOutput output)
    {
        var targets = (output.TargetHealthDescriptions ?? [])
            .Select(description => new TargetState(
                description.Target?.Id ?? "?",
                description.Target?.Port,
                description.TargetHealth?.State ?? "unavailable",
                description.TargetHealth?.Reason,
                description.TargetHealth?.Description))
            .ToList();
        int Count(params string[] states) => targets.Count(target => states.Contains(target.State, StringComparer.Ordinal));
        return new TargetHealthCounts(
            targetGroupArn,
            Healthy: Count("healthy"),
            Unhealthy: Count("unhealthy"),
            Initial: Count("initial"),
            Draining: Count("draining", "unhealthy.draining"),
            Other: Count("unused", "unavailable"),
            targets);
    }
}
