namespace Bluegreen.Engines.Local.Postgres;

/// <summary>
/// The lock file a running server keeps in its data folder: pid, data folder, start time, port, socket folder,
/// listen address, shared memory key and status ("starting", "ready", "stopping"). It is removed at clean exit.
/// </summary>
internal sealed record PostmasterPidFile(int Pid, string Identity, int? Port, string Status)
{
    public const string FileName = "postmaster.pid";

    public const string ReadyStatus = "ready";

    public bool IsReady => Status == ReadyStatus;

    /// <summary>The file in <paramref name="dataDirectory"/>, or null when it is absent or not yet fully written.</summary>
    public static PostmasterPidFile? Read(string dataDirectory)
    {
        try
        {
            return Parse(File.ReadAllText(Path.Combine(dataDirectory, FileName)));
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static PostmasterPidFile? Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 3 || !int.TryParse(lines[0], out var pid))
        {
            return null;
        }

        // Pid, data folder and start time together tell one server run from any other.
        var identity = string.Join('\n', lines[..3]);
        int? port = lines.Length > 3 && int.TryParse(lines[3], out var parsed) ? parsed : null;
        var status = lines.Length > 7 ? lines[7].Trim() : "";
        return new PostmasterPidFile(pid, identity, port, status);
    }
}
