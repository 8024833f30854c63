using System.Diagnostics;
using Npgsql;

namespace Bluegreen.IntegrationTests.Postgres;

/// <summary>What the tests ask the servers, through the same connection strings apps get.</summary>
internal static class Sql
{
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The rows in <paramref name="table"/>, or -1 while the table does not exist (yet) on that server.</summary>
    public static async Task<long> RowCountAsync(string connectionString, string table)
    {
        try
        {
            return await ScalarAsync<long>(connectionString, $"select count(*) from {table}");
        }
        catch (PostgresException failure) when (failure.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return -1;
        }
    }

    /// <summary>Polls every 10 ms until <paramref name="done"/> holds; false after 10 s.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> done)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (await done())
            {
                return true;
            }

            await Task.Delay(10);
        }

        return false;
    }

    // The tests stop and rebuild servers; a pooled connection would fail once on its next use after that.
    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
}
