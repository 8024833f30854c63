namespace Bluegreen.Agent;

internal static partial class AgentLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "agent {Pid} listening on {Url} for {StateDirectory}")]
    public static partial void Listening(ILogger logger, int pid, string url, string stateDirectory);
}
