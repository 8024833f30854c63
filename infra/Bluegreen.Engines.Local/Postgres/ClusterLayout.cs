using System.Text;
using Bluegreen.Components;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>One PostgreSQL server of the local cluster: its data folder, port and log.</summary>
internal sealed record InstanceLayout(string Name, string DataDirectory, int Port, string LogFile)
{
    /// <summary>A half-built copy (initdb or base backup in progress) that is renamed into place only when complete.</summary>
    public string PartialDirectory => DataDirectory + ".partial";

    public bool IsInitialized => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));
}

/// <summary>
/// Where the local stand-in for RDS keeps everything, under <c>&lt;stateDir&gt;/pg/</c>: <c>primary/</c>,
/// <c>replica-blue/</c>, <c>replica-green/</c>, <c>run/</c> (unix sockets), <c>logs/</c> and <c>password</c>.
/// The primary listens on the configured port, the blue replica on the next one and the green replica on the one after.
/// </summary>
internal sealed record ClusterLayout
{
    /// <summary>sun_path holds 108 bytes including the terminating NUL.</summary>
    public const int MaxSocketPathBytes = 107;

    public const string PortSettingKey = "localPostgresPort";

    private ClusterLayout(string root, int primaryPort)
    {
        Root = root;
        PrimaryPort = primaryPort;
    }

    public string Root { get; }

    public int PrimaryPort { get; }

    public string RunDirectory => Path.Combine(Root, "run");

    public string LogsDirectory => Path.Combine(Root, "logs");

    public string PasswordFile => Path.Combine(Root, "password");

    public InstanceLayout Primary => Instance("primary", PrimaryPort);

    public IEnumerable<InstanceLayout> All => [Primary, .. DeploymentColors.All.Select(Replica)];

    public InstanceLayout Replica(DeploymentColor color) =>
        Instance($"replica-{color.Name()}", PrimaryPort + (color == DeploymentColor.Blue ? 1 : 2));

    public static string SlotName(DeploymentColor color) => $"{color.Name()}_slot";

    public string SocketPath(int port) => Path.Combine(RunDirectory, $".s.PGSQL.{port}");

    /// <summary>Checks the ports and the socket paths; creates nothing.</summary>
    public static ClusterLayout Create(string stateDirectory, int primaryPort)
    {
        if (primaryPort is < 1024 or > 65533)
        {
            throw new StackFailureException(
                StackError.InvalidInput,
                $"The PostgreSQL port {primaryPort} is out of range: the primary and its two replicas need three ports " +
                $"from 1024 to 65535. Set {PortSettingKey} to a free port, e.g. 54320.");
        }

        var layout = new ClusterLayout(Path.Combine(Path.GetFullPath(stateDirectory), "pg"), primaryPort);
        var longest = layout.All.Select(instance => layout.SocketPath(instance.Port)).MaxBy(path => Encoding.UTF8.GetByteCount(path))!;
        var length = Encoding.UTF8.GetByteCount(longest);
        if (length > MaxSocketPathBytes)
        {
            throw new StackFailureException(
                StackError.StatePathTooLong,
                $"The PostgreSQL socket path {longest} is {length} bytes; unix sockets allow at most {MaxSocketPathBytes}. " +
                $"Move the state folder somewhere shorter (it needs {length - MaxSocketPathBytes} bytes less), e.g. under /tmp or the home folder.");
        }

        return layout;
    }

    private InstanceLayout Instance(string name, int port) =>
        new(name, Path.Combine(Root, name), port, Path.Combine(LogsDirectory, name + ".log"));
}
