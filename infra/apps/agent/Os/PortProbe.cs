using System.Net;
using System.Net.Sockets;

namespace Bluegreen.Agent.Os;

/// <summary>Tells whether a loopback port can be bound right now, by binding it briefly.</summary>
internal static class PortProbe
{
    public static bool IsFree(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
