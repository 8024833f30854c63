using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Local.State;

/// <summary>
/// The files of one local stack's state folder (<c>&lt;projectDir&gt;/.bluegreen/&lt;stack&gt;/</c> by default).
/// The engine owns <c>desired.json</c>, <c>active-color</c>, the lock and <c>instances/</c>; the router, the agent and
/// PostgreSQL keep their own subfolders.
/// </summary>
internal sealed record StackFolder(string Path)
{
    /// <summary>The state folder named by the settings; a relative one is under the project folder.</summary>
    public static StackFolder For(string projectDirectory, LocalSettings local) =>
        new(System.IO.Path.GetFullPath(System.IO.Path.Combine(projectDirectory, local.StateDirectory)));

    /// <summary>The desired state: active color and image tags (<see cref="Intent.StackIntent"/>).</summary>
    public string Intent => Combine("desired.json");

    /// <summary>The published active color, the local twin of the SSM parameter; workers read it.</summary>
    public string ActiveColor => Combine("active-color");

    /// <summary>Held (flock) by the command that is changing the stack.</summary>
    public string Lock => Combine("lock");

    /// <summary>Who holds <see cref="Lock"/>: pid, operation, since when.</summary>
    public string LockHolder => Combine("lock.holder");

    public string OperationsLog => Combine(Engines.OperationsLog.FileName);

    public string Router => Combine("router");

    public string Instances => Combine("instances");

    public string InstanceLog(string processId) => System.IO.Path.Combine(Instances, processId + ".log");

    public bool Exists => Directory.Exists(Path);

    private string Combine(string name) => System.IO.Path.Combine(Path, name);
}
