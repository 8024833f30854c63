using Bluegreen.Engines;

namespace Bluegreen.Cli;

/// <summary>Every exit code the command line returns. Scripts and CI may rely on these numbers.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int UnexpectedError = 1;

    /// <summary>Bad arguments or settings that fail validation. Nothing was changed.</summary>
    public const int InvalidInput = 2;

    /// <summary>No <c>Pulumi.&lt;stack&gt;.yaml</c> for the named stack.</summary>
    public const int UnknownStack = 3;

    /// <summary>A switch was refused: the target color is not fully healthy or its replica lags.</summary>
    public const int TargetNotHealthy = 4;

    /// <summary>Drift detection ran and found drift.</summary>
    public const int DriftFound = 5;

    /// <summary>Drift detection or status could not observe the stack.</summary>
    public const int CouldNotCheck = 6;

    /// <summary>A drill was aimed at the active color.</summary>
    public const int DrillRefused = 7;

    /// <summary>A drill phase failed; the active color was left alone.</summary>
    public const int DrillFailed = 8;

    /// <summary>A port the stack needs is taken by another process.</summary>
    public const int PortInUse = 9;

    /// <summary>PostgreSQL server binaries are not installed.</summary>
    public const int PostgresMissing = 10;

    /// <summary>A state file under the stack's state folder cannot be read.</summary>
    public const int CorruptState = 11;

    /// <summary>The state folder is so deep that a unix socket path inside it exceeds 107 bytes.</summary>
    public const int StatePathTooLong = 12;

    /// <summary>Another command holds the stack's lock, or won a race for the same change.</summary>
    public const int Conflict = 13;

    /// <summary>The Pulumi CLI failed or is missing.</summary>
    public const int PulumiFailed = 14;

    /// <summary>The stack did not become healthy in time.</summary>
    public const int Timeout = 15;

    /// <summary>The local stack is not running.</summary>
    public const int NotRunning = 16;

    /// <summary>The one place a failure's kind becomes the number a script sees.</summary>
    internal static int For(StackError error) => error switch
    {
        StackError.InvalidInput => InvalidInput,
        StackError.UnknownStack => UnknownStack,
        StackError.PortInUse => PortInUse,
        StackError.PostgresMissing => PostgresMissing,
        StackError.CorruptState => CorruptState,
        StackError.StatePathTooLong => StatePathTooLong,
        StackError.Conflict => Conflict,
        StackError.PulumiFailed => PulumiFailed,
        StackError.Timeout => Timeout,
        StackError.NotRunning => NotRunning,
        _ => UnexpectedError,
    };
}
