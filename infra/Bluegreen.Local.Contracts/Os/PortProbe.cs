using System.Net;
using System.Net.Sockets;

namespace Bluegreen.Local.Contracts.Os;

/// <summary>Tells whether a loopback port can be bound right now, by binding it briefly.</summary>
internal static class PortProbe
{
    public static bool IsFree(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        // As a server binds: connections of an earlier instance lingering in TIME_WAIT do not make the port busy.
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
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
