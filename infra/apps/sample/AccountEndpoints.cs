using Npgsql;

namespace Bluegreen.SampleApp;

/// <summary>
/// Two endpoints over the accounts table whose SQL depends on the app's version (<see cref="AccountColumns"/>), so
/// a schema change a version cannot live with shows up as failed requests.
/// </summary>
internal static class AccountEndpoints
{
    public static void Map(WebApplication app, AppIdentity identity)
    {
        var columns = AccountColumns.For(identity.Version);
        app.MapPost("/accounts", (string email, bool verified, SampleDatabase database, CancellationToken cancellationToken) =>
            CreateAsync(columns, email, verified, database, cancellationToken));
        app.MapGet("/accounts/verified", (SampleDatabase database, CancellationToken cancellationToken) =>
            CountAsync(columns, database, cancellationToken));
    }

    private static async Task<IResult> CreateAsync(AccountColumns columns, string email, bool verified, SampleDatabase database, CancellationToken cancellationToken)
    {
        if (database.Primary is null)
        {
            return Failure(SampleDatabase.NotConfiguredMessage);
        }

        try
        {
            await using var command = database.Primary.CreateCommand(columns.InsertSql);
            command.Parameters.Add(new NpgsqlParameter { Value = email });
            command.Parameters.Add(new NpgsqlParameter { Value = verified });
            var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            return Results.Json(new AccountCreated(id, columns.VerifiedColumn), SampleJson.Default.AccountCreated, statusCode: 201);
        }
        catch (NpgsqlException failure)
        {
            return Failure($"The primary database failed: {failure.Message}");
        }
    }

    private static async Task<IResult> CountAsync(AccountColumns columns, SampleDatabase database, CancellationToken cancellationToken)
    {
        if (database.Reads is null)
        {
            return Failure(SampleDatabase.NotConfiguredMessage);
        }

        try
        {
            await using var command = database.Reads.CreateCommand(columns.CountSql);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return Results.Json(new VerifiedAccounts(reader.GetInt64(0), reader.GetInt64(1), columns.VerifiedColumn), SampleJson.Default.VerifiedAccounts);
        }
        catch (NpgsqlException failure)
        {
            return Failure($"The {(database.Replica is null ? "primary" : "replica")} database failed: {failure.Message}");
        }
    }

    private static IResult Failure(string message) =>
        Results.Json(new ErrorResponse(message), SampleJson.Default.ErrorResponse, statusCode: 503);
}
