extern alias router;

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
