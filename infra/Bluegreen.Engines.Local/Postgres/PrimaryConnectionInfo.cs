using System.Globalization;
using System.Text.RegularExpressions;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>Reads which primary a replica follows: the port in the primary_conninfo that pg_basebackup -R wrote.</summary>
internal static partial class PrimaryConnectionInfo
{
    public const string AutoConfFile = "postgresql.auto.conf";

    public static int? ReadPort(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, AutoConfFile);
        return File.Exists(path) ? ParsePort(File.ReadAllText(path)) : null;
    }

    /// <summary>The port of the last primary_conninfo setting in a configuration file's text, or null.</summary>
    public static int? ParsePort(string configuration)
    {
        var setting = SettingPattern().Matches(configuration).LastOrDefault();
        if (setting is null)
        {
            return null;
        }

        var conninfo = setting.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal);
        var port = PortPattern().Match(conninfo);
        return port.Success ? int.Parse(port.Groups["port"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\s*primary_conninfo\s*=\s*'(?<value>(?:[^']|'')*)'", RegexOptions.Multiline)]
    private static partial Regex SettingPattern();

    [GeneratedRegex(@"(?:^|\s)port\s*=\s*'?(?<port>\d+)")]
    private static partial Regex PortPattern();
}
