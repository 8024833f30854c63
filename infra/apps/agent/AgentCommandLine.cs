namespace Bluegreen.Agent;

/// <summary>The agent's only argument: <c>--state &lt;stateDir&gt;</c>.</summary>
internal static class AgentCommandLine
{
    public const string Usage = "usage: dotnet Bluegreen.Agent.dll --state <stack state folder>";

    public static string? StateDirectory(IReadOnlyList<string> args)
    {
        for (var index = 0; index + 1 < args.Count; index++)
        {
            if (args[index] == "--state" && args[index + 1].Length > 0)
            {
                return Path.GetFullPath(args[index + 1]);
            }
        }

        return null;
    }
}
