extern alias router;

using System.Runtime.Versioning;
using RouterContracts = router::Bluegreen.Infra.Local.Routing.Contracts;

namespace Bluegreen.Tests.Routing;

/// <summary>
/// The router compiles its own copy of the routing contract. Tests build snapshots with the CLI's copy and hand
/// them over the way they travel in real life: as JSON.
/// </summary>
internal static class RouterSide
{
    public static RouterContracts.RouterSnapshot Snapshot(Infra.Local.Routing.Contracts.RouterSnapshot snapshot) =>
        RouterContracts.RouterSnapshotJson.Parse(Infra.Local.Routing.Contracts.RouterSnapshotJson.Serialize(snapshot), out _)!;
}

/// <summary>A fresh folder under the temp folder, deleted on dispose.</summary>
[SupportedOSPlatform("linux")]
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bluegreen-test-{Guid.NewGuid():N}");

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
