using Npgsql;

namespace Bluegreen.Engines.Local.Postgres;

/// <summary>A superuser connection to one local server, for the few statements the tool runs itself.</summary>
internal sealed class AdminSession : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private AdminSession(NpgsqlConnection connection) => _connection = connection;

    public static async Task<AdminSession> OpenAsync(ClusterLayout layout, InstanceLayout instance, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(DatabaseConnectionStrings.Admin(layout, instance));
        try
        {
            await connection.OpenAsync(cancellationToken);
            return new AdminSession(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)value;
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private NpgsqlCommand Command(string sql, (string Name, object Value)[] parameters)
    {
#pragma warning disable CA2100 // Statements are constants of this tool; values travel as parameters or as SCRAM verifiers.
        var command = new NpgsqlCommand(sql, _connection);
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
