using System.Globalization;
using System.Text;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>
/// The configuration files the tool owns in every data folder. postgresql.conf only gains an include line, so the
/// settings stay in one file that is rewritten whole (a base backup copies the primary's, the replica rewrites it).
/// </summary>
internal static class InstanceSettings
{
    public const string FileName = "bluegreen.conf";

    public const string IncludeLine = "include_if_exists = '" + FileName + "'";

    /// <summary>
    /// Unix sockets (in a folder only the server's account can enter): trust, for the tool and for replication.
    /// TCP on loopback: the app role's password (scram). Everything else is refused.
    /// </summary>
    public const string HostBasedAccess =
        """
        # Written by bluegreen.
        local   all          all                   trust
        local   replication  all                   trust
        host    all          all   127.0.0.1/32    scram-sha-256

        """;

    public static string Render(InstanceLayout instance, string runDirectory)
    {
        var settings = new (string Key, string Value)[]
        {
            ("cluster_name", Quote(instance.Name)),
            ("listen_addresses", "'127.0.0.1'"),
            ("port", instance.Port.ToString(CultureInfo.InvariantCulture)),
            ("unix_socket_directories", Quote(runDirectory)),
            ("wal_level", "replica"),
            ("max_wal_senders", "10"),
            ("max_replication_slots", "10"),
            ("hot_standby", "on"),
            ("wal_keep_size", "'256MB'"),
            // A slot whose replica vanished cannot make the primary keep WAL without bound.
            ("max_slot_wal_keep_size", "'2GB'"),
            ("shared_buffers", "'32MB'"),
        };
        var text = new StringBuilder("# Written by bluegreen; rewritten whenever the instance is ensured.\n");
        foreach (var (key, value) in settings)
        {
            text.Append(CultureInfo.InvariantCulture, $"{key} = {value}\n");
        }

        return text.ToString();
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
