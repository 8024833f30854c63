using System.Diagnostics;
using Bluegreen.Components;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>
/// The local stand-in for RDS: a PostgreSQL primary and one streaming replica per color, under
/// <c>&lt;stateDir&gt;/pg/</c>. Every operation is idempotent: it checks what is there, does only what is missing,
/// and removes half-built folders left by an earlier failure before building again.
/// </summary>
internal sealed class LocalDatabaseCluster
{
    private readonly PostgresInstallation _installation;
    private readonly ServerAccount _account;
    private readonly ICommandRunner _runner;
    private readonly ServerProcesses _servers;
    private readonly StateFolderAccess _folders;
    private readonly ReplicationSlots _replication;
    private readonly TimeSpan _timeout;
    private readonly Action<string> _progress;

    public LocalDatabaseCluster(
        ClusterLayout layout, PostgresInstallation installation, ServerAccount account, ICommandRunner runner, TimeSpan timeout, Action<string>? progress = null)
    {
        Layout = layout;
        _installation = installation;
        _account = account;
        _runner = runner;
        _timeout = timeout;
        _progress = progress ?? (_ => { });
        _servers = new ServerProcesses(installation, account, runner, timeout);
        _folders = new StateFolderAccess(account, runner);
        _replication = new ReplicationSlots(layout, timeout);
    }

    public ClusterLayout Layout { get; }

    /// <summary>Validates the layout (socket path length, ports), then finds the binaries and the account to run them as.</summary>
    public static LocalDatabaseCluster Open(LocalDatabaseOptions options)
    {
        var layout = ClusterLayout.Create(options.StateDirectory, options.PrimaryPort);
        return new LocalDatabaseCluster(
            layout, PostgresInstallation.Locate(options.InstallationRoot), ServerAccount.Detect(), CommandRunner.Instance, options.Timeout, options.Progress);
    }

    /// <summary>The primary, then both replicas side by side, each streaming.</summary>
    public async Task EnsureAllAsync(CancellationToken cancellationToken)
    {
        await EnsurePrimaryAsync(cancellationToken);
        await Task.WhenAll(DeploymentColors.All.Select(color => EnsureReplicaOfRunningPrimaryAsync(color, cancellationToken)));
    }

    /// <summary>Creates the primary when missing (initdb, settings, app role and database), and starts it when stopped.</summary>
    public async Task EnsurePrimaryAsync(CancellationToken cancellationToken)
    {
        var primary = Layout.Primary;
        if (PostmasterPidFile.Read(primary.DataDirectory)?.Port is { } port && port != primary.Port)
        {
            // The port setting changed. The replicas stop too: they may hold the new port, and they follow the old one,
            // so they get rebuilt.
            await StopAllAsync(cancellationToken);
        }

        if (ServerProcesses.RunningPid(primary) is null)
        {
            await _folders.CheckTraversableAsync(Layout.Root, cancellationToken);
            PostgresPorts.EnsureFree(primary);
            await CreateFoldersAsync(cancellationToken);
            if (!primary.IsInitialized)
            {
                await InitializePrimaryAsync(primary, cancellationToken);
            }

            await StartAsync(primary, cancellationToken);
        }

        var clock = Stopwatch.StartNew();
        if (await AppDatabase.EnsureAsync(Layout, cancellationToken))
        {
            Report("app role and database created", clock);
        }
    }

    /// <summary>Ensures the primary, then builds the color's replica when missing and starts it; returns once it streams.</summary>
    public async Task EnsureReplicaAsync(DeploymentColor color, CancellationToken cancellationToken)
    {
        await EnsurePrimaryAsync(cancellationToken);
        await EnsureReplicaOfRunningPrimaryAsync(color, cancellationToken);
    }

    /// <summary>The teardown of a drill: fast stop, drop the color's slot on the primary, delete the replica's folder.</summary>
    public async Task DropReplicaAsync(DeploymentColor color, CancellationToken cancellationToken)
    {
        var replica = Layout.Replica(color);
        var clock = Stopwatch.StartNew();
        await _servers.StopAsync(replica, cancellationToken);
        await _replication.DropSlotAsync(color, cancellationToken);
        UnixFiles.DeleteDirectory(replica.DataDirectory);
        UnixFiles.DeleteDirectory(replica.PartialDirectory);
        Report($"{replica.Name} dropped (stopped, slot dropped, folder deleted)", clock);
    }

    /// <summary>Stops every server (replicas first), keeping all data.</summary>
    public async Task StopAllAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(DeploymentColors.All.Select(color => _servers.StopAsync(Layout.Replica(color), cancellationToken)));
        await _servers.StopAsync(Layout.Primary, cancellationToken);
    }

    /// <summary>Starts every server that has a data folder and waits until each replica streams; creates nothing.</summary>
    public async Task StartAllAsync(CancellationToken cancellationToken)
    {
        if (!Layout.Primary.IsInitialized)
        {
            throw new StackFailureException(StackError.NotRunning, $"There is no local database in {Layout.Root} to start. Bring the local stack up first.");
        }

        await StartAsync(Layout.Primary, cancellationToken);
        await Task.WhenAll(DeploymentColors.All.Where(color => Layout.Replica(color).IsInitialized)
            .Select(color => StartReplicaAsync(color, cancellationToken)));
    }

    /// <summary>Stops every server and deletes the whole cluster folder, data and password included.</summary>
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        await StopAllAsync(cancellationToken);
        UnixFiles.DeleteDirectory(Layout.Root);
    }

    public Task<LocalDatabaseStatus> ObserveAsync(CancellationToken cancellationToken) =>
        new ClusterObserver(Layout).ObserveAsync(cancellationToken);

    public DatabaseConnectionStrings ConnectionStrings() =>
        DatabaseConnectionStrings.For(Layout, PasswordFile.Read(Layout.PasswordFile));

    /// <summary>
    /// The connection strings, generating the password first when the cluster is new, so apps can be configured (and
    /// started) while the servers are still being built. The role gets this password when the primary is ensured.
    /// </summary>
    public DatabaseConnectionStrings EnsureConnectionStrings()
    {
        if (!Directory.Exists(Layout.Root))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Layout.Root)!);
            UnixFiles.CreatePrivateDirectory(Layout.Root);
        }

        return DatabaseConnectionStrings.For(Layout, PasswordFile.ReadOrCreate(Layout.PasswordFile).Password);
    }

    /// <summary>Runs pgbench's initialization on the app database (the benchmark's data load).</summary>
    internal async Task LoadSampleDataAsync(int scale, CancellationToken cancellationToken)
    {
        string[] arguments = ["-i", "-q", "-s", Invariant(scale), "-h", Layout.RunDirectory, "-p", Invariant(Layout.PrimaryPort), "-U", "postgres"];
        await RunAsync(_account.Command(_installation.Pgbench, [.. arguments, DatabaseConnectionStrings.AppDatabase]), "pgbench -i", cancellationToken);
    }

    private async Task EnsureReplicaOfRunningPrimaryAsync(DeploymentColor color, CancellationToken cancellationToken)
    {
        var replica = Layout.Replica(color);
        if (replica.IsInitialized && !await FollowsPrimaryAsync(color, cancellationToken))
        {
            // It points at another port than the primary's, or its slot is gone: it could never catch up again.
            await _servers.StopAsync(replica, cancellationToken);
            UnixFiles.DeleteDirectory(replica.DataDirectory);
        }

        if (!replica.IsInitialized)
        {
            await BuildReplicaAsync(color, cancellationToken);
        }

        await StartReplicaAsync(color, cancellationToken);
    }

    private async Task<bool> FollowsPrimaryAsync(DeploymentColor color, CancellationToken cancellationToken)
    {
        if (PrimaryConnectionInfo.ReadPort(Layout.Replica(color).DataDirectory) != Layout.PrimaryPort)
        {
            return false;
        }

        return await _replication.SlotExistsAsync(color, cancellationToken);
    }

    private async Task BuildReplicaAsync(DeploymentColor color, CancellationToken cancellationToken)
    {
        var replica = Layout.Replica(color);
        PostgresPorts.EnsureFree(replica);
        UnixFiles.DeleteDirectory(replica.PartialDirectory);
        await _replication.DropSlotAsync(color, cancellationToken);
        var source = $"host={ConnectionValue(Layout.RunDirectory)} port={Layout.PrimaryPort} user=postgres application_name={color.Name()}";
        try
        {
            await RunAsync(
                _account.Command(_installation.BaseBackup, "-D", replica.PartialDirectory, "-d", source,
                    "-R", "-X", "stream", "-c", "fast", "-C", "-S", ClusterLayout.SlotName(color)),
                $"pg_basebackup for {replica.Name}",
                cancellationToken);
        }
        catch (StackFailureException)
        {
            UnixFiles.DeleteDirectory(replica.PartialDirectory);
            await _replication.DropSlotAsync(color, CancellationToken.None);
            throw;
        }

        Directory.Move(replica.PartialDirectory, replica.DataDirectory);
    }

    private async Task StartReplicaAsync(DeploymentColor color, CancellationToken cancellationToken)
    {
        await StartAsync(Layout.Replica(color), cancellationToken);
        var clock = Stopwatch.StartNew();
        await _replication.WaitStreamingAsync(color, cancellationToken);
        Report($"{Layout.Replica(color).Name} streaming", clock);
    }

    private async Task StartAsync(InstanceLayout instance, CancellationToken cancellationToken)
    {
        if (ServerProcesses.RunningPid(instance) is not null)
        {
            return;
        }

        // Rewritten at every start, so a data folder always runs with the settings of its role and port.
        await File.WriteAllTextAsync(Path.Combine(instance.DataDirectory, InstanceSettings.FileName),
            InstanceSettings.Render(instance, Layout.RunDirectory), cancellationToken);
        var clock = Stopwatch.StartNew();
        var pid = await _servers.StartAsync(instance, cancellationToken);
        Report($"{instance.Name} started (pid {pid})", clock);
    }

    private async Task CreateFoldersAsync(CancellationToken cancellationToken)
    {
        // The stack's state folder keeps the default mode: the server's account has to pass through it.
        Directory.CreateDirectory(Path.GetDirectoryName(Layout.Root)!);
        string[] folders = [Layout.Root, Layout.RunDirectory, Layout.LogsDirectory];
        foreach (var folder in folders.Where(folder => !Directory.Exists(folder)))
        {
            UnixFiles.CreatePrivateDirectory(folder);
        }

        await _folders.GiveToServerAsync(folders, cancellationToken);
    }

    private async Task InitializePrimaryAsync(InstanceLayout primary, CancellationToken cancellationToken)
    {
        UnixFiles.DeleteDirectory(primary.PartialDirectory);
        // TCP is refused until the access file below replaces initdb's; the server has not started by then.
        await RunAsync(
            _account.Command(_installation.Initdb, "-D", primary.PartialDirectory, "-U", "postgres",
                "--auth-local=trust", "--auth-host=reject", "-E", "UTF8", "--locale=C"),
            "initdb",
            cancellationToken);
        await File.AppendAllTextAsync(Path.Combine(primary.PartialDirectory, "postgresql.conf"), InstanceSettings.IncludeLine + "\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(primary.PartialDirectory, "pg_hba.conf"), InstanceSettings.HostBasedAccess, cancellationToken);
        var settings = Path.Combine(primary.PartialDirectory, InstanceSettings.FileName);
        await File.WriteAllTextAsync(settings, InstanceSettings.Render(primary, Layout.RunDirectory), cancellationToken);
        await _folders.GiveToServerAsync([settings], cancellationToken);
        Directory.Move(primary.PartialDirectory, primary.DataDirectory);
    }

    private async Task RunAsync(ProcessCommand command, string step, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var result = await _runner.RunAsync(command, cancellationToken);
        Report(step, clock);
        if (result.ExitCode != 0)
        {
            throw new StackFailureException(StackError.UnexpectedError, $"{step} failed with exit code {result.ExitCode}; its last output lines follow.", result.Tail());
        }
    }

    private void Report(string step, Stopwatch clock) =>
        _progress(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{step}: {clock.Elapsed.TotalSeconds:0.000} s"));

    /// <summary>A libpq connection value, quoted so that spaces and quotes in a path survive.</summary>
    private static string ConnectionValue(string value) =>
        "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
