using Bluegreen.Components;
using Bluegreen.Engines.Local.Intent;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.State;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Local;

/// <summary>One local stack as every part of the engine sees it: its shape, settings, state files and clock.</summary>
internal sealed class LocalStackContext
{
    public LocalStackContext(AppDefinition app, StackSettings settings, string projectDirectory, TimeProvider time, Action<string> progress)
    {
        App = app;
        Settings = settings;
        Local = settings.Local ?? throw new ArgumentException($"Stack {settings.StackName} is not a local stack (engine: {settings.Engine}).", nameof(settings));
        ProjectDirectory = Path.GetFullPath(projectDirectory);
        Folder = StackFolder.For(ProjectDirectory, Local);
        // Checks the socket path length now, so a state folder that is too deep fails every command before it acts.
        DatabaseLayout = ClusterLayout.Create(Folder.Path, Local.PostgresPort);
        Time = time;
        Progress = progress;
        Intent = new IntentStore(Folder, StackName);
        Published = new PublishedActiveColor(Folder, StackName);
        Observer = new StackObserver(Folder, Intent, Published, DatabaseLayout, Local.AdminPort);
        Log = new OperationsLog(Folder.OperationsLog);
    }

    public string StackName => Settings.StackName;

    public AppDefinition App { get; }

    public StackSettings Settings { get; }

    public LocalSettings Local { get; }

    public string ProjectDirectory { get; }

    public StackFolder Folder { get; }

    public ClusterLayout DatabaseLayout { get; }

    public TimeProvider Time { get; }

    public Action<string> Progress { get; }

    public IntentStore Intent { get; }

    public PublishedActiveColor Published { get; }

    public StackObserver Observer { get; }

    public OperationsLog Log { get; }

    /// <summary>The local PostgreSQL cluster; fails with <c>PostgresMissing</c> when the server programs are not installed.</summary>
    public LocalDatabaseCluster OpenDatabase() => LocalDatabaseCluster.Open(new LocalDatabaseOptions
    {
        StateDirectory = Folder.Path,
        PrimaryPort = Local.PostgresPort,
        Progress = line => Progress($"postgres: {line}"),
    });

    public DesiredStack Desired(StackIntent intent) => DesiredStack.From(App, Settings, intent);

    /// <summary>The recorded intent, or what the first up would record.</summary>
    public StackIntent IntentOrSeed() => Intent.Read() ?? StackIntent.SeededFrom(Settings);

    public double SecondsSince(long started) => Math.Round(Time.GetElapsedTime(started).TotalSeconds, 3);
}
