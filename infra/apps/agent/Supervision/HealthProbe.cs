namespace Bluegreen.Agent.Supervision;

/// <summary>One short GET against a health URL; any 2xx answer within the timeout is healthy.</summary>
internal sealed class HealthProbe : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        // Probes target loopback only; a proxy from the environment must not intercept them.
        UseProxy = false,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5),
        ConnectTimeout = Timeout,
    })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public async Task<bool> IsHealthyAsync(string url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception failure) when (failure is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => _client.Dispose();
}
