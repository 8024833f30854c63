using Bluegreen.Router.Routing;

namespace Bluegreen.Router.Metrics;

/// <summary>One <see cref="TrafficCell"/> per listener and color, counted since the router started.</summary>
internal sealed class TrafficMetrics
{
    private readonly TrafficCell[] _cells = [new(), new(), new(), new()];

    public TrafficCell Cell(ListenerKind listener, RouteColor color) => _cells[((int)listener * 2) + (int)color];
}
