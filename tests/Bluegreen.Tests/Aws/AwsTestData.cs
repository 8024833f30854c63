namespace Bluegreen.Tests.Aws;

/// <summary>The green target group the AWS tests ask about, and the exact call that describes its health.</summary>
internal static class AwsTestData
{
    public const string GreenTargetGroup = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web-green/73e2d6bc24d8a067";

    public const string ApiTargetGroup = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-api-green/0b1c2d3e4f5a6b7c";

    public static string[] DescribeTargetHealth(string targetGroupArn = GreenTargetGroup) =>
        ["elbv2", "describe-target-health", "--target-group-arn", targetGroupArn, "--output", "json", "--region", "eu-west-1"];
}
