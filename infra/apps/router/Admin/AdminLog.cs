namespace Bluegreen.Router.Admin;

/// <summary>What the admin endpoint writes to router.log: every change it makes.</summary>
internal static partial class AdminLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Switched from {From} to {To}")]
    public static partial void Switched(ILogger logger, string from, string to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied snapshot version {Version}")]
    public static partial void SnapshotApplied(ILogger logger, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator override: {Listener} listener now serves {Target}")]
    public static partial void ListenerOverridden(ILogger logger, string listener, string target);
}
