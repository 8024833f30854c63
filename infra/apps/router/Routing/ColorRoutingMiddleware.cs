using System.Diagnostics;
using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.Metrics;
using Yarp.ReverseProxy;

namespace Bluegreen.Router.Routing;

/// <summary>
/// The flip. Per request: one volatile read of the routing table, the color from the <c>X-Color</c> header or the
/// listener, then <c>ReassignProxyRequest</c> to that color's cluster. No locks, no config reload.
/// </summary>
internal sealed class ColorRoutingMiddleware(
    RoutingState routing, TrafficMetrics metrics, IProxyStateLookup proxyState, int productionPort)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var listener = context.Connection.LocalPort == productionPort ? ListenerKind.Production : ListenerKind.Test;
        if (!RouteColors.TryParseHeader(context.Request.Headers[RouterListeners.ColorHeader], out var color))
        {
            color = routing.Current.ColorOf(listener);
        }

        var metadata = context.GetRouteModel().Config.Metadata!;
        var clusterId = metadata[color == RouteColor.Blue ? ProxyConfigBuilder.BlueClusterKey : ProxyConfigBuilder.GreenClusterKey];
        if (!proxyState.TryGetCluster(clusterId, out var cluster))
        {
            // Only during a topology swap that removes the service: the next request sees the new routes.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        context.ReassignProxyRequest(cluster);
        var cell = metrics.Cell(listener, color);
        var started = Stopwatch.GetTimestamp();
        cell.Begin();
        var statusCode = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            statusCode = context.Response.StatusCode;
        }
        finally
        {
            cell.End(statusCode, Stopwatch.GetElapsedTime(started));
        }
    }
}
