using System.Runtime.Versioning;

namespace Bluegreen.Tests.Common;

/// <summary>A fresh folder under the temp folder, deleted on dispose.</summary>
[SupportedOSPlatform("linux")]
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bluegreen-test-{Guid.NewGuid():N}");

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
