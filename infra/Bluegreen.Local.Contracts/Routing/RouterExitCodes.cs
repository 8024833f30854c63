namespace Bluegreen.Local.Contracts.Routing;

/// <summary>Exit codes of the router process. They use the command line's numbers for the same failures.</summary>
public static class RouterExitCodes
{
    public const int Success = 0;
    public const int UnexpectedError = 1;

    /// <summary>Bad arguments, or no <c>snapshot.json</c> in the state folder.</summary>
    public const int InvalidInput = 2;

    /// <summary>One of the three ports is taken; the message names it.</summary>
    public const int PortInUse = 9;

    /// <summary>A state file cannot be read, parsed or validated; the message names it.</summary>
    public const int CorruptState = 11;
}
