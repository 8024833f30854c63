using Bluegreen.Components;
using Npgsql;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>What apps get (Npgsql format, TCP on 127.0.0.1, the app role): writes go to the primary, reads to their color's replica.</summary>
internal sealed record DatabaseConnectionStrings(string Primary, string BlueReplica, string GreenReplica)
{
    public const string AppRole = "app";

    public const string AppDatabase = "app";

    public string Replica(DeploymentColor color) => color == DeploymentColor.Blue ? BlueReplica : GreenReplica;

    public static DatabaseConnectionStrings For(ClusterLayout layout, string password) =>
        new(
            App(layout.Primary, password),
            App(layout.Replica(DeploymentColor.Blue), password),
            App(layout.Replica(DeploymentColor.Green), password));

    /// <summary>The tool's own superuser connection over the unix socket (trust; the socket folder is closed to others).</summary>
    public static string Admin(ClusterLayout layout, InstanceLayout instance, string database = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = layout.RunDirectory,
            Port = instance.Port,
            Username = "postgres",
            Database = database,
            // A pooled connection would outlive a stopped or purged server and fail on its next use.
            Pooling = false,
        }.ConnectionString;

    private static string App(InstanceLayout instance, string password) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = instance.Port,
            Database = AppDatabase,
            Username = AppRole,
            Password = password,
            SslMode = SslMode.Disable,
        }.ConnectionString;
}
