namespace Bluegreen.Aws;

/// <summary>Why a call to the AWS CLI did not give an answer.</summary>
public enum AwsErrorKind
{
    /// <summary>No aws program on PATH or at <c>BLUEGREEN_AWS</c>, or it could not be started.</summary>
    CliMissing,

    /// <summary>No region configured: botocore's <c>NoRegionError</c>.</summary>
    RegionMissing,

    /// <summary>No credentials found, or an expired session: botocore's <c>NoCredentialsError</c> and the SSO/token errors.</summary>
    CredentialsMissing,

    /// <summary>The caller lacks a permission (an <c>AccessDenied*</c> or <c>UnauthorizedOperation</c> error code).</summary>
    AccessDenied,

    /// <summary>The named resource does not exist (a <c>*NotFound*</c> error code).</summary>
    NotFound,

    /// <summary>Any other error the service answered with.</summary>
    ServiceError,

    /// <summary>A waiter gave up: botocore's <c>WaiterError</c>, e.g. "Max attempts exceeded".</summary>
    WaiterFailed,

    /// <summary>The CLI exited 0 but printed something that is not the operation's output shape.</summary>
    UnreadableOutput,

    /// <summary>A non-zero exit that matches none of the above.</summary>
    Failed,
}
