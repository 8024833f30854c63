using System.Globalization;

namespace Bluegreen.Engines.Local.Observation;

/// <summary>Which process listens on which TCP port, from <c>/proc/net/tcp{,6}</c> and each process's open sockets.</summary>
internal static class ListeningSockets
{
    private const string ListenState = "0A";
    private static readonly string[] Tables = ["/proc/net/tcp", "/proc/net/tcp6"];

    /// <summary>Socket inodes of every listening TCP socket (IPv4 and IPv6), by port.</summary>
    public static ILookup<int, long> ByPort() =>
        Tables.Where(File.Exists)
            .SelectMany(table => Parse(File.ReadAllText(table)))
            .ToLookup(socket => socket.Port, socket => socket.Inode);

    /// <summary>The listening sockets in the text of a <c>/proc/net/tcp</c> table.</summary>
    public static IEnumerable<(int Port, long Inode)> Parse(string table)
    {
        foreach (var line in table.Split('\n').Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 10 || fields[3] != ListenState)
            {
                continue;
            }

            var colon = fields[1].LastIndexOf(':');
            if (colon > 0
                && int.TryParse(fields[1].AsSpan(colon + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var port)
                && long.TryParse(fields[9], NumberStyles.None, CultureInfo.InvariantCulture, out var inode))
            {
                yield return (port, inode);
            }
        }
    }

    /// <summary>Socket inodes the process has open; empty when it is gone or not readable.</summary>
    public static IReadOnlySet<long> SocketsOf(int pid)
    {
        var sockets = new HashSet<long>();
        try
        {
            foreach (var descriptor in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
            {
                var target = new FileInfo(descriptor).LinkTarget;
                if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal)
                    && long.TryParse(target.AsSpan(8, target.Length - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var inode))
                {
                    sockets.Add(inode);
                }
            }
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
        {
            // Exited, or another user's process.
        }

        return sockets;
    }

    /// <summary>The live process that holds one of <paramref name="inodes"/>, searching every process; null when none is visible.</summary>
    public static int? OwnerOf(IEnumerable<long> inodes)
    {
        var wanted = inodes.ToHashSet();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var pid) && SocketsOf(pid).Overlaps(wanted))
            {
                return pid;
            }
        }

        return null;
    }
}
