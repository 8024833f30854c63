using Bluegreen.Aws;
using Bluegreen.Aws.LoadBalancing;

namespace Bluegreen.Tests.Aws;

/// <summary>
/// Errors as the CLI prints them: botocore's ClientError.MSG_TEMPLATE, NoRegionError.fmt and NoCredentialsError.fmt
/// (botocore/exceptions.py), after "\n" on standard error, with exit 254 (service error) or 255 (any other error).
/// </summary>
public sealed class AwsCliFailureTests : IDisposable
{
    private const string Arn = AwsTestData.GreenTargetGroup;

    private static readonly string[] DescribeArgs = AwsTestData.DescribeTargetHealth();

    private readonly AwsScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task AccessDenied_NamesTheCommandTheCodeAndThePermissionToGrant()
    {
        _scenario.Expect(DescribeArgs, exitCode: 254, stderr:
            "\nAn error occurred (AccessDenied) when calling the DescribeTargetHealth operation: User: arn:aws:iam::123456789012:user/ci "
            + "is not authorized to perform: elasticloadbalancing:DescribeTargetHealth because no identity-based policy allows the "
            + "elasticloadbalancing:DescribeTargetHealth action\n");

        var failure = await DescribeFailure();

        Assert.Equal(AwsErrorKind.AccessDenied, failure.Kind);
        Assert.Equal("AccessDenied", failure.ErrorCode);
        Assert.Equal(254, failure.ExitCode);
        Assert.Equal(
            $"`aws elbv2 describe-target-health --target-group-arn {Arn} --output json --region eu-west-1` failed with exit code 254: "
            + "AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: elasticloadbalancing:DescribeTargetHealth "
            + "because no identity-based policy allows the elasticloadbalancing:DescribeTargetHealth action",
            failure.Message);
        Assert.Equal(
            "Allow elasticloadbalancing:DescribeTargetHealth for the identity the CLI runs as (`aws sts get-caller-identity` shows it).",
            failure.Fix);
    }

    [Fact]
    public async Task TargetGroupNotFound_IsNotFound()
    {
        _scenario.Expect(DescribeArgs, exitCode: 254, stderr:
            "\nAn error occurred (TargetGroupNotFound) when calling the DescribeTargetHealth operation: Target groups "
            + $"'{Arn}' not found\n");

        var failure = await DescribeFailure();

        Assert.Equal(AwsErrorKind.NotFound, failure.Kind);
        Assert.Equal("TargetGroupNotFound", failure.ErrorCode);
        Assert.Equal("Check that the stack is up (`bluegreen up`) and that its outputs name this resource.", failure.Fix);
    }

    [Fact]
    public async Task RegionUnset_SaysWhereToSetIt()
    {
        _scenario.Expect(DescribeArgs, exitCode: 255, stderr: "\nYou must specify a region. You can also configure your region by running \"aws configure\".\n");

        var failure = await DescribeFailure();

        Assert.Equal(AwsErrorKind.RegionMissing, failure.Kind);
        Assert.Equal(
            $"`aws elbv2 describe-target-health --target-group-arn {Arn} --output json --region eu-west-1` failed with exit code 255: "
            + "no AWS region is configured.",
            failure.Message);
        Assert.Equal("Set the stack's aws:region, or AWS_REGION, or a region in the AWS profile.", failure.Fix);
    }

    [Theory]
    [InlineData("\nUnable to locate credentials. You can configure credentials by running \"aws configure\".\n", 253)]
    [InlineData("\nAn error occurred (ExpiredToken) when calling the DescribeTargetHealth operation: The security token included in the request is expired\n", 254)]
    public async Task MissingOrExpiredCredentials_SaysHowToConfigureThem(string stderr, int exitCode)
    {
        _scenario.Expect(DescribeArgs, exitCode: exitCode, stderr: stderr);

        var failure = await DescribeFailure();

        Assert.Equal(AwsErrorKind.CredentialsMissing, failure.Kind);
        Assert.Equal(
            "Configure credentials for the stack's account (aws configure, AWS_PROFILE, or aws sso login), "
            + "then check them with `aws sts get-caller-identity`.",
            failure.Fix);
    }

    [Fact]
    public async Task UnknownError_KeepsTheLastLinesOfStandardError()
    {
        _scenario.Expect(DescribeArgs, exitCode: 255, stderr: "\nCould not connect to the endpoint URL: \"https://elasticloadbalancing.eu-west-1.amazonaws.com/\"\n");

        var failure = await DescribeFailure();

        Assert.Equal(AwsErrorKind.Failed, failure.Kind);
        Assert.EndsWith(
            "failed with exit code 255: Could not connect to the endpoint URL: \"https://elasticloadbalancing.eu-west-1.amazonaws.com/\"",
            failure.Message);
    }

    [Fact]
    public async Task OutputThatIsNotTheShape_IsUnreadableOutput()
    {
        _scenario.Expect(DescribeArgs, stdout: "TARGETHEALTHDESCRIPTIONS\t8080\n");

        var failure = await DescribeFailure();

        Assert.Equal(AwsErrorKind.UnreadableOutput, failure.Kind);
        Assert.Equal(
            $"`aws elbv2 describe-target-health --target-group-arn {Arn} --output json --region eu-west-1` printed output that is not "
            + "the describe-target-health output shape: 'TARGETHEALTHDESCRIPTIONS\t8080'.",
            failure.Message);
    }

    [Fact]
    public async Task ProgramThatCannotStart_IsCliMissing()
    {
        var missing = Path.Combine(_scenario.Folder, "no-such-aws");
        var health = new ElbTargetHealth(new AwsCli(new AwsCliSettings { Executable = missing }), region: null);

        var result = await health.DescribeAsync(Arn, CancellationToken.None);

        Assert.Equal(AwsErrorKind.CliMissing, result.Failure!.Kind);
        Assert.StartsWith($"Could not start the AWS CLI at '{missing}': ", result.Failure.Message);
        Assert.Equal(AwsExecutable.InstallHint, result.Failure.Fix);
    }

    private async Task<AwsFailure> DescribeFailure()
    {
        var result = await new ElbTargetHealth(_scenario.Cli(), AwsScenario.Region).DescribeAsync(Arn, CancellationToken.None);
        _scenario.AssertAllCallsMade();
        Assert.False(result.Succeeded);
        return result.Failure;
    }
}
