namespace Bluegreen.Aws.LoadBalancing;

/// <summary>
/// The parts of load balancer and target group ARNs that CloudWatch and messages use. The AWS/ApplicationELB
/// dimensions take "the final portion" of each ARN: <c>app/name/id</c> for LoadBalancer and
/// <c>targetgroup/name/id</c> for TargetGroup (Elastic Load Balancing user guide, "Metric dimensions for
/// Application Load Balancers").
/// </summary>
public static class LoadBalancerArns
{
    /// <summary><c>arn:…:loadbalancer/app/web/50dc6c495c0c9188</c> → <c>app/web/50dc6c495c0c9188</c>.</summary>
    public static string LoadBalancerDimension(string loadBalancerArn) =>
        FinalPortion(loadBalancerArn, "loadbalancer/", "app")
        ?? throw new ArgumentException(
            $"'{loadBalancerArn}' is not an Application Load Balancer ARN (arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<name>/<id>).",
            nameof(loadBalancerArn));

    /// <summary><c>arn:…:targetgroup/web-green/73e2d6bc24d8a067</c> → <c>targetgroup/web-green/73e2d6bc24d8a067</c>.</summary>
    public static string TargetGroupDimension(string targetGroupArn) =>
        FinalPortion(targetGroupArn, "", "targetgroup")
        ?? throw new ArgumentException(
            $"'{targetGroupArn}' is not a target group ARN (arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<id>).",
            nameof(targetGroupArn));

    /// <summary>The target group's name for messages; the whole ARN when it has no recognisable name.</summary>
    public static string TargetGroupName(string targetGroupArn) =>
        FinalPortion(targetGroupArn, "", "targetgroup")?.Split('/')[1] ?? targetGroupArn;

    /// <summary>
    /// The ARN's resource (after its last ':') without <paramref name="skip"/>, when that reads
    /// <c>&lt;kind&gt;/&lt;name&gt;/&lt;id&gt;</c>; null otherwise.
    /// </summary>
    private static string? FinalPortion(string arn, string skip, string kind)
    {
        ArgumentNullException.ThrowIfNull(arn);
        var colon = arn.LastIndexOf(':');
        var resource = colon < 0 ? "" : arn[(colon + 1)..];
        if (!resource.StartsWith(skip, StringComparison.Ordinal))
        {
            return null;
        }

        var portion = resource[skip.Length..];
        return portion.Split('/') is [var first, { Length: > 0 }, { Length: > 0 }] && first == kind ? portion : null;
    }
}
