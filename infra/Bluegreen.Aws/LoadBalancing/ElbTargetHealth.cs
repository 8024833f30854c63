namespace Bluegreen.Aws.LoadBalancing;

/// <summary><c>aws elbv2 describe-target-health</c> for one target group.</summary>
public sealed class ElbTargetHealth(IAwsCli cli, string? region)
{
    private readonly AwsCommand _aws = new(cli, region);

    /// <summary>The exact arguments of the call, for logs and tests.</summary>
    public IReadOnlyList<string> Arguments(string targetGroupArn) =>
        _aws.Arguments("elbv2", "describe-target-health", ["--target-group-arn", targetGroupArn]);

    public async Task<AwsResult<TargetHealthCounts>> DescribeAsync(string targetGroupArn, CancellationToken cancellationToken)
    {
        var output = await _aws.RunJsonAsync<DescribeTargetHealthOutput>(
            "elbv2", "describe-target-health", ["--target-group-arn", targetGroupArn], AwsJson.PascalCase, cancellationToken).ConfigureAwait(false);
        return output.Succeeded ? TargetHealthCounts.From(targetGroupArn, output.Value) : output.Failure;
    }
}
