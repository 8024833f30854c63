using System.Text.Json;
using Npgsql;

namespace Bluegreen.SampleApp;

/// <summary>The web role: a cheap identity endpoint for the router and load tests, health, and two database endpoints.</summary>
internal static class WebEndpoints
{
    public static void Map(WebApplication app, AppIdentity identity)
    {
        // The answer never changes for the life of the process, so it is serialized once.
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new IdentityResponse(identity.Service, identity.Color, identity.Version, identity.Instance),
            SampleJson.Default.IdentityResponse);
        var servedBy = $"{identity.Color}/{identity.Version}/{identity.Instance}";
        app.MapGet("/", (HttpContext context) =>
        {
            var response = context.Response;
            response.Headers["X-Served-By"] = servedBy;
            response.ContentType = "application/json";
            response.ContentLength = body.Length;
            return response.Body.WriteAsync(body).AsTask();
        });

        app.MapGet("/health", () => Results.Ok(new HealthResponse("live")));
        app.MapGet("/health/ready", ReadyAsync);
        app.MapPost("/orders", CreateOrderAsync);
        app.MapGet("/orders/count", CountOrdersAsync);
        AccountEndpoints.Map(app, identity);
    }

    private static async Task<IResult> ReadyAsync(SampleDatabase database, CancellationToken cancellationToken)
    {
        var problem = await database.CheckAsync(TimeSpan.FromSeconds(2), cancellationToken);
        return problem is null
            ? Results.Ok(new HealthResponse("ready"))
            : Results.Json(new HealthResponse("unavailable", problem), SampleJson.Default.HealthResponse, statusCode: 503);
    }

    private static async Task<IResult> CreateOrderAsync(SampleDatabase database, AppIdentity identity, CancellationToken cancellationToken)
    {
        if (database.Primary is null)
        {
            return NotConfigured();
        }

        try
        {
            var id = await database.InsertStampedRowAsync("orders", identity, cancellationToken);
            return Results.Json(new OrderCreated(id, identity.Color), SampleJson.Default.OrderCreated, statusCode: 201);
        }
        catch (NpgsqlException failure)
        {
            return Unavailable("primary", failure);
        }
    }

    private static async Task<IResult> CountOrdersAsync(SampleDatabase database, CancellationToken cancellationToken)
    {
        if (database.Reads is null)
        {
            return NotConfigured();
        }

        try
        {
            await using var command = database.Reads.CreateCommand("SELECT count(*) FROM orders");
            var count = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            return Results.Ok(new OrderCount(count, database.Replica is null ? "primary" : "replica"));
        }
        catch (NpgsqlException failure)
        {
            return Unavailable(database.Replica is null ? "primary" : "replica", failure);
        }
    }

    private static IResult NotConfigured() =>
        Results.Json(new ErrorResponse(SampleDatabase.NotConfiguredMessage), SampleJson.Default.ErrorResponse, statusCode: 503);

    private static IResult Unavailable(string connection, NpgsqlException failure) =>
        Results.Json(new ErrorResponse($"The {connection} database failed: {failure.Message}"), SampleJson.Default.ErrorResponse, statusCode: 503);
}
