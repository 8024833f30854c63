namespace Bluegreen.Aws.LoadBalancing;

/// <summary>One of a color's target groups and how many tasks its ECS service should run.</summary>
public sealed record TargetGroupService(string TargetGroupArn, int DesiredCount);

/// <summary>Whether a color may receive production traffic; passes only when every target group does.</summary>
public sealed record ColorHealthVerdict(bool Passed, IReadOnlyList<HealthGateResult> TargetGroups, string Message);

/// <summary>
/// The health gate of <c>release</c> (deploy phase) and <c>switch</c> on AWS: reads every target group of the color
/// with <c>describe-target-health</c> and applies <see cref="TargetGroupHealthGate"/> to each. A target group that
/// cannot be read is a failure of the call, never a pass.
/// </summary>
public sealed class ColorHealthGate(IAwsCli cli, string? region)
{
    private readonly ElbTargetHealth _health = new(cli, region);

    public async Task<AwsResult<ColorHealthVerdict>> CheckAsync(IReadOnlyList<TargetGroupService> targetGroups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targetGroups);
        if (targetGroups.Count == 0)
        {
            throw new ArgumentException("A color without target groups cannot be judged; name its target groups from the stack's outputs.", nameof(targetGroups));
        }

        var results = new List<HealthGateResult>();
        foreach (var targetGroup in targetGroups)
        {
            var counts = await _health.DescribeAsync(targetGroup.TargetGroupArn, cancellationToken).ConfigureAwait(false);
            if (!counts.Succeeded)
            {
                return counts.Failure;
            }

            results.Add(TargetGroupHealthGate.Evaluate(counts.Value, targetGroup.DesiredCount));
        }

        var failing = results.Where(result => !result.Passed).ToList();
        return failing.Count == 0
            ? new ColorHealthVerdict(true, results, string.Join(" ", results.Select(result => result.Message)))
            : new ColorHealthVerdict(false, results, string.Join(" ", failing.Select(result => result.Message)));
    }
}
