using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>Checks that a PostgreSQL server's loopback port is free, before the server is set up on it.</summary>
internal static class PostgresPorts
{
    public static void EnsureFree(InstanceLayout instance)
    {
        if (!PortProbe.IsFree(instance.Port))
        {
            throw new StackFailureException(
                StackError.PortInUse,
                $"Port {instance.Port} on 127.0.0.1, needed by the local PostgreSQL {instance.Name}, is taken by another process. " +
                $"Stop that process, or set {ClusterLayout.PortSettingKey} to another port (the primary uses it, the replicas the next two).");
        }
    }
}
