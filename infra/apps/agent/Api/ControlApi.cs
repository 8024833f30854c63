using System.Text.Json;
using Bluegreen.Agent.Supervision;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Agent.Api;

/// <summary>
/// The agent's HTTP API on 127.0.0.1: read the observed processes, replace the desired set, shut down.
/// </summary>
internal static class ControlApi
{
    public static void Map(WebApplication app, BearerTokenCheck tokenCheck, AgentShutdown shutdown)
    {
        app.Use(tokenCheck.InvokeAsync);
        app.MapGet("/ping", (Supervisor supervisor) =>
            Results.Json(new AgentPing { Pid = Environment.ProcessId, StartedAt = supervisor.StartedAt }, AgentJson.Options));
        app.MapGet("/processes", (Supervisor supervisor) => Results.Json(supervisor.Observe(), AgentJson.Options));
        app.MapPut("/processes", ReplaceAsync);
        app.MapPost("/shutdown", async (Supervisor supervisor, HttpContext context) =>
        {
            var stopped = await supervisor.StopAllAsync();
            context.Response.OnCompleted(() =>
            {
                shutdown.Request();
                return Task.CompletedTask;
            });
            return Results.Json(stopped, AgentJson.Options);
        });
    }

    private static async Task<IResult> ReplaceAsync(HttpRequest request, Supervisor supervisor)
    {
        DesiredProcessSet? desired;
        try
        {
            desired = await JsonSerializer.DeserializeAsync<DesiredProcessSet>(request.Body, AgentJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException invalid)
        {
            return BadRequest("The body is not a desired process set.", [invalid.Message]);
        }

        if (desired is null)
        {
            return BadRequest("The body is empty; send {\"processes\": [...]}.", []);
        }

        var errors = DesiredSetValidator.Validate(desired);
        if (errors.Count > 0)
        {
            return BadRequest($"The desired set has {errors.Count} problem(s); nothing was changed.", errors);
        }

        return Results.Json(await supervisor.ApplyAsync(desired), AgentJson.Options);
    }

    private static IResult BadRequest(string message, IReadOnlyList<string> details) =>
        Results.Json(new AgentError { Error = message, Details = details }, AgentJson.Options, statusCode: StatusCodes.Status400BadRequest);
}
