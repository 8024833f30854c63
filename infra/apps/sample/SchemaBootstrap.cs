using Npgsql;

namespace Bluegreen.SampleApp;

/// <summary>
/// Creates the tables in the background once the primary answers, so the app starts (and is live) even while
/// PostgreSQL is still coming up.
/// </summary>
internal sealed partial class SchemaBootstrap(SampleDatabase database, ILogger<SchemaBootstrap> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (database.Primary is not null && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await database.EnsureSchemaAsync(stoppingToken);
                return;
            }
            catch (Exception failure) when (failure is NpgsqlException or TimeoutException)
            {
                LogRetry(logger, failure.Message);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tables not created yet, retrying: {Reason}")]
    private static partial void LogRetry(ILogger logger, string reason);
}
