using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.Routing;
using Bluegreen.Router.State;

namespace Bluegreen.Router.Hosting;

/// <summary>Everything read from the state folder before the router binds a port.</summary>
internal sealed record RouterStartup(RouterStateDirectory Files, RouterSnapshot Snapshot, RoutingTable Routing, string AdminToken)
{
    /// <summary>Reads every state file; on the first start persists the snapshot's default color as the served color.</summary>
    public static RouterStartup Load(RouterStateDirectory files)
    {
        var snapshot = files.LoadSnapshot();
        var served = files.LoadServedColor();
        var overrides = files.LoadListenerOverrides();
        var token = files.LoadOrCreateAdminToken();
        if (served is null)
        {
            served = snapshot.DefaultColor;
            files.SaveServedColor(served);
        }

        return new RouterStartup(files, snapshot, new RoutingTable(served, overrides), token);
    }
}
