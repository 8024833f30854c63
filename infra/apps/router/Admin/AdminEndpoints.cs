using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.Routing;

namespace Bluegreen.Router.Admin;

/// <summary>
/// The admin port's whole API. It runs on a branch of the pipeline taken only for connections to the admin port,
/// so the proxy's routes never see admin requests and the listeners never expose the admin API.
/// </summary>
internal sealed class AdminEndpoints(
    BearerToken token, RoutingState routing, TopologyState topology, StatusReport status, ILogger<AdminEndpoints> log)
{
    private const string Usage =
        "Endpoints: POST /admin/switch, GET /admin/status, GET|PUT /admin/snapshot, POST /admin/listener.";

    public Task HandleAsync(HttpContext context)
    {
        if (!token.Accepts(context.Request))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return AdminJson.WriteErrorAsync(
                context,
                StatusCodes.Status401Unauthorized,
                $"Missing or wrong bearer token. Send \"Authorization: Bearer <token>\" with the token from {RouterStateFiles.AdminToken} in the router's state folder.");
        }

        return (context.Request.Method, context.Request.Path.Value) switch
        {
            ("POST", "/admin/switch") => SwitchAsync(context),
            ("GET", "/admin/status") => AdminJson.WriteAsync(context, 200, status.Build(), RoutingJsonContext.Default.RouterStatus),
            ("GET", "/admin/snapshot") => AdminJson.WriteAsync(context, 200, topology.Current, RoutingJsonContext.Default.RouterSnapshot),
            ("PUT", "/admin/snapshot") => PutSnapshotAsync(context),
            ("POST", "/admin/listener") => OverrideListenerAsync(context),
            _ => AdminJson.WriteErrorAsync(context, StatusCodes.Status404NotFound, $"No {context.Request.Method} {context.Request.Path}. {Usage}"),
        };
    }

    private async Task SwitchAsync(HttpContext context)
    {
        var request = await AdminJson.ReadAsync(context, RoutingJsonContext.Default.SwitchRequest);
        if (request is null)
        {
            return;
        }

        if (!RouterColors.IsKnown(request.To) || request.ExpectedFrom is { } from && !RouterColors.IsKnown(from))
        {
            await AdminJson.WriteErrorAsync(
                context,
                StatusCodes.Status400BadRequest,
                $"Unknown color in to=\"{request.To}\" expectedFrom=\"{request.ExpectedFrom}\"; use {RouterColors.AllowedValues}. Nothing was changed.");
            return;
        }

        var outcome = routing.Switch(request.To, request.ExpectedFrom);
        if (outcome.Result is not { } result)
        {
            await AdminJson.WriteErrorAsync(context, StatusCodes.Status409Conflict, outcome.ConflictMessage!);
            return;
        }

        if (result.Changed)
        {
            AdminLog.Switched(log, result.From, result.To);
        }

        await AdminJson.WriteAsync(context, 200, result, RoutingJsonContext.Default.SwitchResult);
    }

    private async Task PutSnapshotAsync(HttpContext context)
    {
        if (await AdminJson.ReadBodyAsync(context) is not { } body)
        {
            return;
        }

        var snapshot = RouterSnapshotJson.Parse(body, out var errors);
        if (snapshot is null)
        {
            await AdminJson.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "The snapshot is not valid; nothing was changed.", errors);
            return;
        }

        if (topology.Replace(snapshot) is { } refusal)
        {
            await AdminJson.WriteErrorAsync(context, StatusCodes.Status409Conflict, refusal);
            return;
        }

        AdminLog.SnapshotApplied(log, snapshot.Version);
        var result = new SnapshotResult
        {
            Version = snapshot.Version,
            Routes = snapshot.Services.Sum(s => s.PathPatterns.Count),
            Destinations = snapshot.Services.Sum(s => s.Destinations.Blue.Count + s.Destinations.Green.Count),
        };
        await AdminJson.WriteAsync(context, 200, result, RoutingJsonContext.Default.SnapshotResult);
    }

    private async Task OverrideListenerAsync(HttpContext context)
    {
        var request = await AdminJson.ReadAsync(context, RoutingJsonContext.Default.ListenerOverrideRequest);
        if (request is null)
        {
            return;
        }

        if (!RouterListeners.IsKnown(request.Listener) || request.Color is { } color && !RouterColors.IsKnown(color))
        {
            await AdminJson.WriteErrorAsync(
                context,
                StatusCodes.Status400BadRequest,
                $"Unknown listener \"{request.Listener}\" or color \"{request.Color}\"; use listener {RouterListeners.AllowedValues} and color {RouterColors.AllowedValues} (or null to follow the served color). Nothing was changed.");
            return;
        }

        var listener = request.Listener == RouterListeners.Production ? ListenerKind.Production : ListenerKind.Test;
        routing.Override(listener, request.Color);
        AdminLog.ListenerOverridden(log, request.Listener, request.Color ?? "the served color's side again");
        await AdminJson.WriteAsync(context, 200, status.Build(), RoutingJsonContext.Default.RouterStatus);
    }
}
