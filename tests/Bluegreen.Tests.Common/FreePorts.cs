using System.Net;
using System.Net.Sockets;
using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.Tests.Common;

public static class FreePorts
{
    /// <summary>A port such that it and the next two are free on 127.0.0.1 now (primary, blue and green replica).</summary>
    public static int ForCluster()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(50000, 60000);
            if (Enumerable.Range(port, 3).All(PortProbe.IsFree))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No three consecutive free ports between 50000 and 60000.");
    }

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
