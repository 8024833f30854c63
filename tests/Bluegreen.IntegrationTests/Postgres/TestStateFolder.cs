using System.Runtime.Versioning;

namespace Bluegreen.IntegrationTests.Postgres;

/// <summary>A short temporary state folder under /tmp (unix socket paths must stay under 107 bytes), removed on dispose.</summary>
[SupportedOSPlatform("linux")]
public sealed class TestStateFolder : IDisposable
{
    private const UnixFileMode Traversable =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private readonly DirectoryInfo _folder;

    /// <param name="traversable">False leaves the folder at mode 0700, closed to the server's account when that is another user.</param>
    public TestStateFolder(bool traversable = true)
    {
        _folder = Directory.CreateTempSubdirectory("bgpg-");
        if (traversable)
        {
            File.SetUnixFileMode(_folder.FullName, Traversable);
        }
    }

    public string Path => _folder.FullName;

    public string StateDirectory => System.IO.Path.Combine(Path, "stack");

    public void Dispose()
    {
        if (_folder.Exists)
        {
            _folder.Delete(recursive: true);
        }
    }
}
