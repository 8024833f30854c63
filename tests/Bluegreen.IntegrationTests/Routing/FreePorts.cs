using System.Net;
using System.Net.Sockets;

namespace Bluegreen.IntegrationTests.Routing;

internal static class FreePorts
{
    /// <summary>Distinct loopback ports nothing listens on right now (the kernel picks them, so parallel tests do not collide).</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
