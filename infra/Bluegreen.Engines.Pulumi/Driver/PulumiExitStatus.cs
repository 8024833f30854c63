namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>What a Pulumi exit code means, given the CLI version that produced it.</summary>
internal enum PulumiExitStatus
{
    Success,

    /// <summary><c>--expect-no-changes</c> found changes (exit 7).</summary>
    ChangesFound,

    /// <summary>The stack does not exist or none is selected (exit 6).</summary>
    StackNotFound,

    /// <summary>Bad flags or configuration, e.g. a missing passphrase (exit 2).</summary>
    InvalidInvocation,

    /// <summary>Not logged in to the backend (exit 3).</summary>
    AuthenticationFailed,

    Cancelled,

    /// <summary>A generic error (exit 1 on a CLI with distinct exit codes).</summary>
    Failed,

    /// <summary>
    /// The code alone does not say what happened: 255 (internal error, and every error before 3.227.0) or a code
    /// this version does not define. Decide from the JSON output.
    /// </summary>
    Unclassified,
}

internal static class PulumiExitCodes
{
    public static PulumiExitStatus Interpret(PulumiVersion version, int exitCode)
    {
        if (exitCode == 0)
        {
            return PulumiExitStatus.Success;
        }

        if (!version.IsAtLeast(PulumiVersion.DistinctExitCodes))
        {
            return PulumiExitStatus.Unclassified;
        }

        return exitCode switch
        {
            1 => PulumiExitStatus.Failed,
            2 => PulumiExitStatus.InvalidInvocation,
            3 => PulumiExitStatus.AuthenticationFailed,
            6 => PulumiExitStatus.StackNotFound,
            7 => PulumiExitStatus.ChangesFound,
            8 => PulumiExitStatus.Cancelled,
            _ => PulumiExitStatus.Unclassified,
        };
    }
}
