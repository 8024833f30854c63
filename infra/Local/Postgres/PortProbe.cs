using System.Net;
using System.Net.Sockets;
using Bluegreen.Infra.Cli;

namespace Bluegreen.Infra.Local.Postgres;

/// <summary>Finds out whether a loopback port can be listened on, before a server is set up on it.</summary>
internal static class PortProbe
{
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static void EnsureFree(InstanceLayout instance)
    {
        if (!IsFree(instance.Port))
        {
            throw new CommandException(
                ExitCodes.PortInUse,
                $"Port {instance.Port} on 127.0.0.1, needed by the local PostgreSQL {instance.Name}, is taken by another process. " +
                $"Stop that process, or set {ClusterLayout.PortSettingKey} to another port (the primary uses it, the replicas the next two).");
        }
    }
}
