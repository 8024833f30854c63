using Bluegreen.Infra.Engines;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Infra.Cli.Engines;

internal static class OperationsLogs
{
    /// <summary>The stack's log: under its local state folder for local stacks, under .bluegreen/&lt;stack&gt; otherwise.</summary>
    public static OperationsLog For(StackSettings settings, string projectDirectory) =>
        settings.Local is { } local
            ? new OperationsLog(Path.Combine(Path.GetFullPath(local.StateDirectory, projectDirectory), OperationsLog.FileName))
            : OperationsLog.ForStack(projectDirectory, settings.StackName);
}
