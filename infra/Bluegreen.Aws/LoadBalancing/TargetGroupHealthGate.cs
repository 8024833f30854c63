namespace Bluegreen.Aws.LoadBalancing;

/// <summary>Whether one target group may receive traffic, and why.</summary>
public sealed record HealthGateResult(string TargetGroupArn, bool Passed, string Message);

/// <summary>
/// The rule before any traffic moves to a color: each of its target groups has at least as many healthy targets
/// as its service's desired count and no unhealthy target. An empty or unhealthy target group never receives
/// traffic (ECS-native blue/green shifts to an empty one: containers-roadmap #2853).
/// </summary>
public static class TargetGroupHealthGate
{
    /// <param name="desiredCount">The ECS service's desired task count for this target group.</param>
    public static HealthGateResult Evaluate(TargetHealthCounts counts, int desiredCount)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var name = LoadBalancerArns.TargetGroupName(counts.TargetGroupArn);
        string? problem = null;
        if (desiredCount < 1)
        {
            problem = $"its service wants {desiredCount} tasks, so the color has nothing to serve traffic with. "
                + "Scale the service to at least 1 task before moving traffic to it.";
        }
        else if (counts.Healthy == 0)
        {
            problem = (counts.Total == 0 ? "it has no registered target" : "it has no healthy target")
                + $" ({counts.Summary}; {desiredCount} wanted). An empty or unhealthy target group never receives traffic. "
                + "Wait for the tasks to pass the health check" + Reasons(counts) + ".";
        }
        else if (counts.Unhealthy > 0)
        {
            problem = $"{counts.Unhealthy} of its targets are unhealthy ({counts.Summary}; {desiredCount} wanted). "
                + "Wait for ECS to replace them" + Reasons(counts) + ".";
        }
        else if (counts.Healthy < desiredCount)
        {
            problem = $"only {counts.Healthy} of {desiredCount} wanted targets are healthy ({counts.Summary}). "
                + "Wait for the remaining tasks to pass the health check" + Reasons(counts) + ".";
        }

        return problem is null
            ? new HealthGateResult(counts.TargetGroupArn, true, $"Target group {name}: {counts.Healthy} healthy of {desiredCount} wanted ({counts.Summary}).")
            : new HealthGateResult(counts.TargetGroupArn, false, $"Target group {name} may not receive traffic: {problem}");
    }

    /// <summary>Every target group's result; the color passes only when all do.</summary>
    public static IReadOnlyList<HealthGateResult> EvaluateAll(IEnumerable<(TargetHealthCounts Counts, int DesiredCount)> targetGroups) =>
        targetGroups.Select(group => Evaluate(group.Counts, group.DesiredCount)).ToList();

    private static string Reasons(TargetHealthCounts counts)
    {
        var reasons = counts.Targets
            .Where(target => target.State != "healthy" && target.Reason is not null)
            .Select(target => $"{target.Id}: {target.Reason}" + (target.Description is null ? "" : $" ({target.Description})"))
            .ToList();
        return reasons.Count == 0 ? "" : ", or look at why they fail: " + string.Join("; ", reasons);
    }
}
