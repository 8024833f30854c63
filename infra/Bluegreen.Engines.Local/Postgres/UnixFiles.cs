namespace Bluegreen.Engines.Local.Postgres;

/// <summary>File modes the local cluster relies on. The local engine runs on Linux only.</summary>
internal static class UnixFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw LinuxOnly();
        }

        Directory.CreateDirectory(path, OwnerOnly | UnixFileMode.UserExecute);
    }

    /// <summary>Writes a new file that only its owner can read (mode 0600); fails if it exists.</summary>
    public static void WritePrivateFile(string path, string content)
    {
        if (OperatingSystem.IsWindows())
        {
            throw LinuxOnly();
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly };
        using var writer = new StreamWriter(path, options);
        writer.Write(content);
    }

    public static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>The mode in octal, as ls and chmod show it: "0700".</summary>
    public static string Mode(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw LinuxOnly();
        }

        return Convert.ToString((int)File.GetUnixFileMode(path), 8).PadLeft(4, '0');
    }

    private static PlatformNotSupportedException LinuxOnly() => new("The local engine runs on Linux only.");
}
