namespace Bluegreen.Aws.LoadBalancing;

/// <summary>
/// The parts of load balancer and target group ARNs that CloudWatch and messages use. The AWS/ApplicationELB
/// dimensions take "the final portion" of each ARN: <c>app/name/id</c> for LoadBalancer and
/// <c>targetgroup/name/id</c> for TargetGroup (Elastic Load Balancing user guide, "Metric dimensions for
/// Application Load Balancers").
/// </summary>
public static class LoadBalancerArns
{
    private const string LoadBalancerMarker = ":loadbalancer/";
    private const string TargetGroupMarker = ":targetgroup/";

    /// <summary><c>arn:…:loadbalancer/app/web/50dc6c495c0c9188</c> → <c>app/web/50dc6c495c0c9188</c>.</summary>
    public static string LoadBalancerDimension(string loadBalancerArn)
    {
        ArgumentNullException.ThrowIfNull(loadBalancerArn);
        var at = loadBalancerArn.IndexOf(LoadBalancerMarker, StringComparison.Ordinal);
        var dimension = at < 0 ? "" : loadBalancerArn[(at + LoadBalancerMarker.Length)..];
        return dimension.StartsWith("app/", StringComparison.Ordinal) && dimension.Split('/').Length == 3
            ? dimension
            : throw new ArgumentException(
                $"'{loadBalancerArn}' is not an Application Load Balancer ARN (arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<name>/<id>).",
                nameof(loadBalancerArn));
    }

    /// <summary><c>arn:…:targetgroup/web-green/73e2d6bc24d8a067</c> → <c>targetgroup/web-green/73e2d6bc24d8a067</c>.</summary>
    public static string TargetGroupDimension(string targetGroupArn)
    {
        ArgumentNullException.ThrowIfNull(targetGroupArn);
        var at = targetGroupArn.IndexOf(TargetGroupMarker, StringComparison.Ordinal);
        return at >= 0 && targetGroupArn[(at + 1)..].Split('/').Length == 3
            ? targetGroupArn[(at + 1)..]
            : throw new ArgumentException(
                $"'{targetGroupArn}' is not a target group ARN (arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<id>).",
                nameof(targetGroupArn));
    }

    /// <summary>The target group's name for messages; the whole ARN when it has no recognisable name.</summary>
    public static string TargetGroupName(string targetGroupArn)
    {
        ArgumentNullException.ThrowIfNull(targetGroupArn);
        var at = targetGroupArn.IndexOf(TargetGroupMarker, StringComparison.Ordinal);
        var parts = at < 0 ? [] : targetGroupArn[(at + TargetGroupMarker.Length)..].Split('/');
        return parts.Length == 2 && parts[0].Length > 0 ? parts[0] : targetGroupArn;
    }
}
