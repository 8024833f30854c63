using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.State;
using Yarp.ReverseProxy.Configuration;

namespace Bluegreen.Router.Routing;

/// <summary>Owns the topology: a new snapshot is persisted, then swapped in as one whole immutable YARP config.</summary>
internal sealed class TopologyState(RouterSnapshot initial, InMemoryConfigProvider provider, RouterStateDirectory files)
{
    private readonly Lock _gate = new();
    private volatile RouterSnapshot _current = initial;

    public RouterSnapshot Current => _current;

    /// <returns>Null when applied, otherwise why the snapshot was refused (nothing changed).</returns>
    public string? Replace(RouterSnapshot next)
    {
        lock (_gate)
        {
            var current = _current;
            if (next.ProductionPort != current.ProductionPort || next.TestPort != current.TestPort || next.AdminPort != current.AdminPort)
            {
                return $"The ports cannot change while the router runs (running on {current.ProductionPort}/{current.TestPort}/{current.AdminPort}, "
                    + $"snapshot asks for {next.ProductionPort}/{next.TestPort}/{next.AdminPort}). Write snapshot.json and restart the router instead.";
            }

            files.SaveSnapshot(next);
            var (routes, clusters) = ProxyConfigBuilder.Build(next);
            provider.Update(routes, clusters);
            _current = next;
            return null;
        }
    }
}
