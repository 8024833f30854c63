namespace Bluegreen.Local.Contracts.Os;

/// <summary>Replaces a file so that a reader, or a restart after kill -9 or power loss, sees the old or the new content, never half.</summary>
internal static class AtomicFile
{
    private const UnixFileMode OwnerOnlyMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <param name="syncToDisk">
    /// Also fsync the file and its folder, so the change survives a machine crash. Without it the write-then-rename is
    /// still atomic and survives the process being killed (the page cache outlives it), at a fraction of the cost.
    /// </param>
    /// <param name="ownerOnly">Create the file readable by its owner only (mode 0600), for files holding tokens or passwords.</param>
    public static void Write(string path, string content, bool syncToDisk = true, bool ownerOnly = false)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        // Unique per writer, so two writers racing in one process never share a temporary file.
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (ownerOnly && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyMode;
        }

        using (var stream = new FileStream(temp, options))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(content);
            stream.Write(bytes);
            stream.Flush(flushToDisk: syncToDisk);
        }

        File.Move(temp, path, overwrite: true);
        if (syncToDisk)
        {
            Libc.SyncDirectory(directory);
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
        Libc.SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }
}
