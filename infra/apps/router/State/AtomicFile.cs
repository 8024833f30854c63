using System.Runtime.InteropServices;

namespace Bluegreen.Router.State;

/// <summary>Replaces a file so that a reader, or a restart after kill -9 or power loss, sees the old or the new content, never half.</summary>
internal static partial class AtomicFile
{
    /// <param name="syncToDisk">
    /// Also fsync the file and its folder, so the change survives a machine crash. Without it the write-then-rename is
    /// still atomic and survives the process being killed (the page cache outlives it), at a fraction of the cost.
    /// </param>
    public static void Write(string path, string content, bool syncToDisk = true)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(content);
            stream.Write(bytes);
            stream.Flush(flushToDisk: syncToDisk);
        }

        File.Move(temp, path, overwrite: true);
        if (syncToDisk)
        {
            SyncDirectory(directory);
        }
    }

    /// <summary>Deletes the file and makes the deletion durable; nothing happens if it does not exist.</summary>
    public static void Delete(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        File.Delete(path);
        SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>A rename is durable only once the folder holding it is synced; .NET cannot open a folder, so libc does it.</summary>
    private static void SyncDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = Open(directory, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            throw new IOException($"Cannot open {directory} to sync it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"Cannot sync {directory} (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
