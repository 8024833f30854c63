using System.Net;
using System.Net.Sockets;
using Bluegreen.Infra.Local.Routing.Contracts;

namespace Bluegreen.Router.Hosting;

/// <summary>After Kestrel failed to bind, finds which of the router's ports another process holds.</summary>
internal static class PortProbe
{
    public static IReadOnlyList<string> TakenPorts(RouterSnapshot snapshot)
    {
        (string Role, int Port)[] ports =
        [
            ("production listener", snapshot.ProductionPort),
            ("test listener", snapshot.TestPort),
            ("admin endpoint", snapshot.AdminPort),
        ];
        return ports.Where(p => IsTaken(p.Port)).Select(p => $"port {p.Port} ({p.Role})").ToList();
    }

    private static bool IsTaken(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            socket.Listen();
            return false;
        }
        catch (SocketException failure) when (failure.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
    }
}
