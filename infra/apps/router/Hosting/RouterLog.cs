namespace Bluegreen.Router.Hosting;

/// <summary>What the router writes to router.log about its own life.</summary>
internal static partial class RouterLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Ready}")]
    public static partial void Ready(ILogger logger, string ready);

    [LoggerMessage(Level = LogLevel.Information, Message = "router stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Message}{Details}")]
    public static partial void StartupRefused(ILogger logger, string message, string details);

    [LoggerMessage(Level = LogLevel.Critical, Message = "router failed")]
    public static partial void Crashed(ILogger logger, Exception failure);
}
