namespace Bluegreen.SampleApp;

/// <summary>The worker role has no traffic of its own: it answers health checks and shows what its job is doing.</summary>
internal static class WorkerEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health", () => Results.Ok(new HealthResponse("live")));
        app.MapGet("/status", (HeartbeatJob job) => Results.Ok(job.Status));
    }
}
