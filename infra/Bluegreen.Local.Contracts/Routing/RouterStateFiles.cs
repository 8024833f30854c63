namespace Bluegreen.Local.Contracts.Routing;

/// <summary>File names inside the router's state folder (<c>&lt;stack state&gt;/router/</c>).</summary>
public static class RouterStateFiles
{
    /// <summary>The topology (<see cref="RouterSnapshot"/> as JSON). Written by the engine; the router rewrites it on PUT.</summary>
    public const string Snapshot = "snapshot.json";

    /// <summary>The color the production listener serves, one word. Written by the router before a switch returns.</summary>
    public const string ServedColor = "served-color";

    /// <summary>Operator overrides of single listeners (JSON); absent when there are none.</summary>
    public const string ListenerOverrides = "listener-overrides.json";

    /// <summary>Bearer token of the admin endpoint, mode 0600.</summary>
    public const string AdminToken = "admin-token";

    public const string Log = "router.log";
}
