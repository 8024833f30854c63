using System.Text.RegularExpressions;

namespace Bluegreen.Aws;

/// <summary>
/// Reads why a run exited non-zero from what the CLI printed on standard error. The texts are botocore's:
/// <c>ClientError.MSG_TEMPLATE</c>, <c>NoRegionError.fmt</c>, <c>NoCredentialsError.fmt</c>, <c>WaiterError.fmt</c>
/// (botocore/exceptions.py), so the exit code (254 or 255 depending on the CLI version) is not relied on.
/// </summary>
internal static partial class AwsErrors
{
    private const string CredentialsFix =
        "Configure credentials for the stack's account (aws configure, AWS_PROFILE, or aws sso login), "
        + "then check them with `aws sts get-caller-identity`.";

    public static AwsFailure Classify(AwsRun run)
    {
        var stderr = run.StandardError;
        var failed = $"`{run.CommandLine}` failed with exit code {run.ExitCode}";

        var client = ClientError().Match(stderr);
        if (client.Success)
        {
            var code = client.Groups["code"].Value;
            var operation = client.Groups["operation"].Value;
            var detail = $"{failed}: {code}: {client.Groups["message"].Value.Trim()}";
            var (kind, fix) = ClassifyCode(code, IamAction(run, operation));
            return new AwsFailure(kind, detail, fix, run.CommandLine, run.ExitCode, code);
        }

        if (stderr.Contains("You must specify a region", StringComparison.Ordinal))
        {
            return new AwsFailure(
                AwsErrorKind.RegionMissing,
                $"{failed}: no AWS region is configured.",
                "Set the stack's aws:region, or AWS_REGION, or a region in the AWS profile.",
                run.CommandLine,
                run.ExitCode);
        }

        if (stderr.Contains("Unable to locate credentials", StringComparison.Ordinal)
            || stderr.Contains("Error loading SSO Token", StringComparison.Ordinal)
            || stderr.Contains("The SSO session associated with this profile has expired", StringComparison.Ordinal))
        {
            return new AwsFailure(AwsErrorKind.CredentialsMissing, $"{failed}: no usable AWS credentials.", CredentialsFix, run.CommandLine, run.ExitCode);
        }

        var waiter = WaiterError().Match(stderr);
        if (waiter.Success)
        {
            return new AwsFailure(
                AwsErrorKind.WaiterFailed,
                $"{failed}: waiter {waiter.Groups["name"].Value} gave up: {waiter.Groups["reason"].Value.Trim()}",
                "Run the command again to keep waiting, or look at the resource in the AWS console.",
                run.CommandLine,
                run.ExitCode);
        }

        var lines = run.ErrorLines();
        return new AwsFailure(
            AwsErrorKind.Failed,
            lines.Count == 0 ? $"{failed} and printed no error." : $"{failed}: {string.Join(" | ", lines)}",
            "Run the command by hand to see the whole output.",
            run.CommandLine,
            run.ExitCode);
    }

    private static (AwsErrorKind Kind, string Fix) ClassifyCode(string code, string action)
    {
        if (code.StartsWith("AccessDenied", StringComparison.Ordinal) || code is "UnauthorizedOperation" or "AuthorizationError")
        {
            return (AwsErrorKind.AccessDenied,
                $"Allow {action} for the identity the CLI runs as (`aws sts get-caller-identity` shows it).");
        }

        if (code is "ExpiredToken" or "ExpiredTokenException" or "InvalidClientTokenId" or "UnrecognizedClientException")
        {
            return (AwsErrorKind.CredentialsMissing, CredentialsFix);
        }

        if (code.Contains("NotFound", StringComparison.Ordinal))
        {
            return (AwsErrorKind.NotFound, "Check that the stack is up (`bluegreen up`) and that its outputs name this resource.");
        }

        return (AwsErrorKind.ServiceError, "Read the service's message above; run the command by hand to retry it.");
    }

    /// <summary>The IAM action an operation needs, e.g. <c>elasticloadbalancing:DescribeTargetHealth</c>.</summary>
    private static string IamAction(AwsRun run, string operation)
    {
        var service = run.Arguments.Count > 0 ? run.Arguments[0] : "";
        var prefix = service switch
        {
            "elbv2" => "elasticloadbalancing",
            _ => service,
        };
        return $"{prefix}:{operation}";
    }

    [GeneratedRegex(@"An error occurred \((?<code>[^)]+)\) when calling the (?<operation>\w+) operation(?: \([^)]*\))?: (?<message>[^\r\n]*)")]
    private static partial Regex ClientError();

    [GeneratedRegex(@"Waiter (?<name>\w+) failed: (?<reason>[^\r\n]*)")]
    private static partial Regex WaiterError();
}
