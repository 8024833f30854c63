namespace Bluegreen.Engines;

/// <summary>What kind of failure stopped an operation. The command line maps each to a named exit code.</summary>
internal enum StackError
{
    UnexpectedError,

    /// <summary>Bad arguments or settings that fail validation. Nothing was changed.</summary>
    InvalidInput,

    /// <summary>No <c>Pulumi.&lt;stack&gt;.yaml</c> for the named stack, or no such Pulumi stack.</summary>
    UnknownStack,

    /// <summary>A port the stack needs is taken by another process.</summary>
    PortInUse,

    /// <summary>PostgreSQL server binaries are not installed.</summary>
    PostgresMissing,

    /// <summary>A state file under the stack's state folder cannot be read.</summary>
    CorruptState,

    /// <summary>The state folder is so deep that a unix socket path inside it exceeds 107 bytes.</summary>
    StatePathTooLong,

    /// <summary>Another command holds the stack's lock, or won a race for the same change.</summary>
    Conflict,

    /// <summary>The Pulumi CLI failed or is missing.</summary>
    PulumiFailed,

    /// <summary>The stack did not become healthy in time.</summary>
    Timeout,

    /// <summary>The local stack is not running.</summary>
    NotRunning,
}
