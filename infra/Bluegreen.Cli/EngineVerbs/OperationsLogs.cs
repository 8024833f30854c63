using Bluegreen.Engines;
using Bluegreen.Engines.Local.State;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Cli.EngineVerbs;

internal static class OperationsLogs
{
    /// <summary>The stack's log: in the local engine's state folder for local stacks, under .bluegreen/&lt;stack&gt; otherwise.</summary>
    public static OperationsLog For(StackSettings settings, string projectDirectory) =>
        settings.Local is { } local
            ? new OperationsLog(StackFolder.For(projectDirectory, local).OperationsLog)
            : OperationsLog.ForStack(projectDirectory, settings.StackName);
}
