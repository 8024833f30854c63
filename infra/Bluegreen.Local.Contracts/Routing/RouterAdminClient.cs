using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Bluegreen.Local.Contracts.Routing;

/// <summary>
/// Typed client of the local router's admin endpoint (loopback, bearer token). Every failure is a
/// <see cref="RouterAdminException"/> whose <see cref="RouterAdminException.Failure"/> tells the caller what happened.
/// </summary>
public sealed class RouterAdminClient : IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(1);

    private readonly HttpClient _http;
    private readonly string _token;
    private readonly TimeProvider _time;
    private readonly bool _ownsHttp;

    /// <param name="http">A client whose <see cref="HttpClient.BaseAddress"/> is the admin endpoint, e.g. http://127.0.0.1:5002/.</param>
    public RouterAdminClient(HttpClient http, string token, TimeProvider? time = null)
        : this(http, token, time, ownsHttp: false)
    {
    }

    private RouterAdminClient(HttpClient http, string token, TimeProvider? time, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(http.BaseAddress, "http.BaseAddress");
        _http = http;
        _token = token;
        _time = time ?? TimeProvider.System;
        _ownsHttp = ownsHttp;
    }

    public Uri BaseAddress => _http.BaseAddress!;

    /// <summary>A client for the router whose state folder is <paramref name="routerStateDirectory"/>, using its <c>admin-token</c>.</summary>
    public static RouterAdminClient ForStateDirectory(string routerStateDirectory, int adminPort)
    {
        string token;
        try
        {
            token = AdminTokenFile.Read(routerStateDirectory);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new RouterAdminException(
                RouterAdminFailure.Unauthorized,
                $"Cannot read the router's admin token: {failure.Message} The router creates it on start; is the local stack up?",
                inner: failure);
        }

        var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = PollTimeout })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{adminPort}/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new RouterAdminClient(http, token, null, ownsHttp: true);
    }

    /// <summary>Makes <paramref name="to"/> the served color; returns once it is persisted and in force.</summary>
    /// <param name="expectedFrom">When set, the router switches only if this color is served, else <see cref="RouterAdminFailure.Conflict"/>.</param>
    public Task<SwitchResult> SwitchAsync(string to, string? expectedFrom = null, CancellationToken cancellationToken = default) =>
        SendAsync(
            HttpMethod.Post,
            "admin/switch",
            JsonContent.Create(new SwitchRequest { To = to, ExpectedFrom = expectedFrom }, RoutingJsonContext.Default.SwitchRequest),
            RoutingJsonContext.Default.SwitchResult,
            CallTimeout,
            cancellationToken);

    public Task<RouterStatus> StatusAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "admin/status", null, RoutingJsonContext.Default.RouterStatus, CallTimeout, cancellationToken);

    /// <summary>The topology in force.</summary>
    public Task<RouterSnapshot> SnapshotAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "admin/snapshot", null, RoutingJsonContext.Default.RouterSnapshot, CallTimeout, cancellationToken);

    /// <summary>Swaps the whole topology; the router persists it to <c>snapshot.json</c> first. Ports cannot change.</summary>
    public Task<SnapshotResult> PutSnapshotAsync(RouterSnapshot snapshot, CancellationToken cancellationToken = default) =>
        SendAsync(
            HttpMethod.Put,
            "admin/snapshot",
            JsonContent.Create(snapshot, RoutingJsonContext.Default.RouterSnapshot),
            RoutingJsonContext.Default.SnapshotResult,
            CallTimeout,
            cancellationToken);

    /// <summary>Points one listener at a color (an operator override), or back at the served color when <paramref name="color"/> is null.</summary>
    public Task<RouterStatus> OverrideListenerAsync(string listener, string? color, CancellationToken cancellationToken = default) =>
        SendAsync(
            HttpMethod.Post,
            "admin/listener",
            JsonContent.Create(new ListenerOverrideRequest { Listener = listener, Color = color }, RoutingJsonContext.Default.ListenerOverrideRequest),
            RoutingJsonContext.Default.RouterStatus,
            CallTimeout,
            cancellationToken);

    /// <summary>Polls status until the router answers; a wrong token fails at once instead of waiting.</summary>
    public async Task<RouterStatus> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = _time.GetTimestamp() + (long)(timeout.TotalSeconds * _time.TimestampFrequency);
        while (true)
        {
            try
            {
                return await SendAsync(HttpMethod.Get, "admin/status", null, RoutingJsonContext.Default.RouterStatus, PollTimeout, cancellationToken);
            }
            catch (RouterAdminException failure) when (failure.Failure == RouterAdminFailure.Unreachable)
            {
                if (_time.GetTimestamp() >= deadline)
                {
                    throw new RouterAdminException(
                        RouterAdminFailure.Unreachable,
                        $"The router did not become ready on {BaseAddress} within {timeout.TotalSeconds:0.#} s. See {RouterStateFiles.Log} in its state folder.",
                        inner: failure);
                }
            }

            await Task.Delay(PollInterval, _time, cancellationToken);
        }
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<T> SendAsync<T>(
        HttpMethod method, string path, HttpContent? content, JsonTypeInfo<T> answerType, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new("Bearer", _token);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await _http.SendAsync(request, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync(method, path, response, deadline.Token);
            }

            return await response.Content.ReadFromJsonAsync(answerType, deadline.Token)
                ?? throw new RouterAdminException(RouterAdminFailure.Failed, $"The router answered {method} /{path} with JSON null.");
        }
        catch (HttpRequestException failure)
        {
            throw new RouterAdminException(
                RouterAdminFailure.Unreachable,
                $"The router is not answering on {BaseAddress} ({failure.Message}). Is the local stack running? Its log is {RouterStateFiles.Log} in the router state folder.",
                inner: failure);
        }
        catch (JsonException failure)
        {
            throw new RouterAdminException(
                RouterAdminFailure.Failed,
                $"The answer to {method} /{path} from {BaseAddress} is not what the router sends ({failure.Message}). Is another program on that port?",
                inner: failure);
        }
        catch (OperationCanceledException failure) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RouterAdminException(
                RouterAdminFailure.Unreachable,
                $"The router did not answer {method} /{path} within {timeout.TotalSeconds:0.#} s on {BaseAddress}.",
                inner: failure);
        }
    }

    private static async Task<RouterAdminException> FailureAsync(
        HttpMethod method, string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        AdminError? error = null;
        try
        {
            error = JsonSerializer.Deserialize(body, RoutingJsonContext.Default.AdminError);
        }
        catch (JsonException)
        {
            // Not the router's error shape (something else on the port); the status line is all there is.
        }

        var failure = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => RouterAdminFailure.Unauthorized,
            HttpStatusCode.BadRequest => RouterAdminFailure.Rejected,
            HttpStatusCode.Conflict => RouterAdminFailure.Conflict,
            _ => RouterAdminFailure.Failed,
        };
        var message = error?.Error ?? $"The router answered {method} /{path} with {(int)response.StatusCode} {response.ReasonPhrase}.";
        return new RouterAdminException(failure, message, error?.Details);
    }
}
