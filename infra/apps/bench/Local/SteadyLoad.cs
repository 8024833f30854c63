using System.Diagnostics;

namespace Bluegreen.Bench.Local;

/// <summary>One request of a steady load: when it started (Stopwatch ticks), whether it got a 2xx, and who answered.</summary>
internal sealed record LoadRequest(long StartedAt, long EndedAt, bool Succeeded, string? ServedBy, string? Failure);

/// <summary>
/// A bounded, steady stream of GET requests to one URL at a fixed rate, sent without waiting for earlier answers (at
/// most <see cref="MaxInFlight"/> at a time), recording every outcome. It stops when asked, or after
/// <see cref="MaxDuration"/> at the latest.
/// </summary>
internal sealed class SteadyLoad : IAsyncDisposable
{
    public const int MaxInFlight = 32;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(5);

    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = MaxInFlight })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    private readonly List<Task<LoadRequest>> _requests = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _inFlight = new(MaxInFlight);
    private readonly Task _sender;

    private SteadyLoad(Uri url, int requestsPerSecond)
    {
        _stop.CancelAfter(MaxDuration);
        _sender = Task.Run(() => SendAsync(url, requestsPerSecond));
    }

    public static SteadyLoad Start(Uri url, int requestsPerSecond) => new(url, requestsPerSecond);

    /// <summary>Stops sending, waits for the answers still due, and returns every request in the order sent.</summary>
    public async Task<IReadOnlyList<LoadRequest>> StopAsync()
    {
        await _stop.CancelAsync();
        await _sender;
        Task<LoadRequest>[] requests;
        lock (_requests)
        {
            requests = [.. _requests];
        }

        return await Task.WhenAll(requests);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
        _stop.Dispose();
        _inFlight.Dispose();
    }

    private async Task SendAsync(Uri url, int requestsPerSecond)
    {
        var interval = TimeSpan.FromSeconds(1.0 / requestsPerSecond);
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await _inFlight.WaitAsync(_stop.Token);
                lock (_requests)
                {
                    _requests.Add(OneAsync(url));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Asked to stop, or the time limit passed.
        }
    }

    private async Task<LoadRequest> OneAsync(Uri url)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.GetAsync(url);
            var servedBy = response.Headers.TryGetValues("X-Served-By", out var values) ? values.FirstOrDefault() : null;
            return new LoadRequest(started, Stopwatch.GetTimestamp(), response.IsSuccessStatusCode, servedBy,
                response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}");
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return new LoadRequest(started, Stopwatch.GetTimestamp(), false, null, failure.Message);
        }
        finally
        {
            _inFlight.Release();
        }
    }
}
