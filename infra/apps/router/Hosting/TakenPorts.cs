using Bluegreen.Local.Contracts.Os;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Router.Hosting;

/// <summary>After Kestrel failed to bind, finds which of the router's ports another process holds.</summary>
internal static class TakenPorts
{
    public static IReadOnlyList<string> Of(RouterSnapshot snapshot)
    {
        (string Role, int Port)[] ports =
        [
            ("production listener", snapshot.ProductionPort),
            ("test listener", snapshot.TestPort),
            ("admin endpoint", snapshot.AdminPort),
        ];
        return ports.Where(p => !PortProbe.IsFree(p.Port)).Select(p => $"port {p.Port} ({p.Role})").ToList();
    }
}
