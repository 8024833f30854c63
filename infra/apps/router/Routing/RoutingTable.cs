using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Router.Routing;

/// <summary>
/// Where each listener sends traffic. Immutable: a switch builds a new table and publishes it with one volatile
/// write, so a request sees the old or the new table and both listeners always flip together.
/// </summary>
internal sealed class RoutingTable
{
    private readonly RouteColor _production;
    private readonly RouteColor _test;

    public RoutingTable(string servedColor, ListenerOverrides overrides)
    {
        ServedColor = servedColor;
        Overrides = overrides;
        _production = RouteColors.Parse(overrides.Production ?? servedColor);
        _test = RouteColors.Parse(overrides.Test ?? RouterColors.Other(servedColor));
    }

    public string ServedColor { get; }

    public ListenerOverrides Overrides { get; }

    public RouteColor ColorOf(ListenerKind listener) => listener == ListenerKind.Production ? _production : _test;

    public bool IsOverridden(ListenerKind listener) =>
        (listener == ListenerKind.Production ? Overrides.Production : Overrides.Test) is not null;
}
