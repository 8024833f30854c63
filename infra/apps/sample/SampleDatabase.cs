using Npgsql;

namespace Bluegreen.SampleApp;

/// <summary>
/// The app's two connections: writes go to the primary, reads to this color's replica (or the primary when no
/// replica is given). Both are optional so the app also runs without PostgreSQL.
/// </summary>
internal sealed class SampleDatabase : IAsyncDisposable
{
    private static readonly string SchemaSql = """
        CREATE TABLE IF NOT EXISTS orders (
            id bigserial PRIMARY KEY,
            color text NOT NULL,
            version text NOT NULL,
            instance text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS worker_heartbeats (
            id bigserial PRIMARY KEY,
            color text NOT NULL,
            version text NOT NULL,
            instance text NOT NULL,
            at timestamptz NOT NULL DEFAULT now());
        ALTER TABLE worker_heartbeats ADD COLUMN IF NOT EXISTS slot bigint;
        """ + JobFence.Schema;

    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public SampleDatabase(IConfiguration configuration)
    {
        Primary = Open(configuration["BLUEGREEN_PRIMARY_CONNECTION"]);
        Replica = Open(configuration["BLUEGREEN_REPLICA_CONNECTION"]);
    }

    public const string NotConfiguredMessage =
        "No database is configured: set BLUEGREEN_PRIMARY_CONNECTION (writes) and BLUEGREEN_REPLICA_CONNECTION (reads).";

    public NpgsqlDataSource? Primary { get; }

    public NpgsqlDataSource? Replica { get; }

    /// <summary>Where reads go: the replica, or the primary when no replica is configured.</summary>
    public NpgsqlDataSource? Reads => Replica ?? Primary;

    /// <summary>Creates the tables on the primary once; instances racing to create them all succeed.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady || Primary is null)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await using var command = Primary.CreateCommand(SchemaSql);
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (PostgresException race) when (race.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
                {
                    // Another instance created the same table at the same moment.
                }

                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <summary>Inserts one row stamped with this instance into <paramref name="table"/> on the primary; returns its id.</summary>
    /// <param name="table">"orders" or "worker_heartbeats": both have id, color, version and instance columns.</param>
    public async Task<long> InsertStampedRowAsync(string table, AppIdentity identity, CancellationToken cancellationToken)
    {
        var primary = Primary ?? throw new InvalidOperationException(NotConfiguredMessage);
        await EnsureSchemaAsync(cancellationToken);
        await using var command = primary.CreateCommand($"INSERT INTO {table} (color, version, instance) VALUES ($1, $2, $3) RETURNING id");
        command.Parameters.Add(new NpgsqlParameter { Value = identity.Color });
        command.Parameters.Add(new NpgsqlParameter { Value = identity.Version });
        command.Parameters.Add(new NpgsqlParameter { Value = identity.Instance });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Runs <c>SELECT 1</c> on every configured connection; the first failure is the answer. Each check is cut off
    /// after <paramref name="limit"/> even when the server hangs, because cancelling a query waits for the server too.
    /// </summary>
    public async Task<string?> CheckAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        foreach (var (name, source) in new[] { ("primary", Primary), ("replica", Replica) })
        {
            if (source is null)
            {
                continue;
            }

            var check = SelectOneAsync(source, cancellationToken);
            if (await Task.WhenAny(check, Task.Delay(limit, cancellationToken)) != check)
            {
                // Observed later so that its eventual failure is not reported as unobserved.
                _ = check.ContinueWith(static task => task.Exception, TaskScheduler.Default);
                return $"{name} did not answer within {limit.TotalSeconds:0.#} s";
            }

            try
            {
                await check;
            }
            catch (Exception failure) when (failure is NpgsqlException or TimeoutException)
            {
                return $"{name} unreachable: {failure.Message}";
            }
        }

        return null;
    }

    private static async Task SelectOneAsync(NpgsqlDataSource source, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Primary is not null)
        {
            await Primary.DisposeAsync();
        }

        if (Replica is not null)
        {
            await Replica.DisposeAsync();
        }

        _schemaGate.Dispose();
    }

    private static NpgsqlDataSource? Open(string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString) ? null : NpgsqlDataSource.Create(connectionString);
}
