using System.Net.Http.Json;
using System.Text.Json;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Engines.Local.Agent;

/// <summary>Typed calls to a stack's process agent; failures become <see cref="StackFailureException"/>s that say what to do.</summary>
internal sealed class AgentClient : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    public AgentClient(AgentEndpoint endpoint, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        Endpoint = endpoint;
        _time = time ?? TimeProvider.System;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = new Uri(endpoint.Url),
            Timeout = TimeSpan.FromSeconds(30),
        };
        _http.DefaultRequestHeaders.Authorization = new("Bearer", endpoint.Token);
    }

    public AgentEndpoint Endpoint { get; }

    /// <summary>
    /// True when the agent named by the endpoint (same pid, same token) answers within <paramref name="timeout"/>;
    /// false for a stale endpoint whose port is now served by something else.
    /// </summary>
    public async Task<bool> PingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            using var response = await _http.GetAsync(new Uri("ping", UriKind.Relative), limit.Token);
            return response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<AgentPing>(AgentJson.Options, limit.Token))?.Pid == Endpoint.Pid;
        }
        catch (Exception unreachable) when (
            unreachable is HttpRequestException or JsonException
            || (unreachable is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    public Task<ObservedProcessSet> GetProcessesAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "processes", null, cancellationToken);

    /// <summary>Replaces the whole desired set; returns once removed and changed processes have stopped.</summary>
    public Task<ObservedProcessSet> PutProcessesAsync(DesiredProcessSet desired, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, "processes", JsonContent.Create(desired, options: AgentJson.Options), cancellationToken);

    /// <summary>Stops every process (SIGTERM, then SIGKILL after 5 s), forgets the desired set, and ends the agent.</summary>
    public Task<ObservedProcessSet> ShutdownAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "shutdown", null, cancellationToken);

    /// <summary>
    /// Waits until every process in <paramref name="ids"/> is healthy. Fails at once when one of them cannot start
    /// (state failed), and after <paramref name="timeout"/> with the state and last error of each one still waiting.
    /// </summary>
    public async Task<ObservedProcessSet> WaitUntilHealthyAsync(IReadOnlyCollection<string> ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + timeout;
        while (true)
        {
            var observed = await GetProcessesAsync(cancellationToken);
            var byId = observed.Processes.ToDictionary(p => p.Id, StringComparer.Ordinal);
            var unknown = ids.Where(id => !byId.ContainsKey(id)).ToList();
            if (unknown.Count > 0)
            {
                throw new StackFailureException(
                    StackError.InvalidInput,
                    $"The agent does not supervise {string.Join(", ", unknown)}; put them in the desired set first.");
            }

            var waiting = ids.Select(id => byId[id]).Where(p => !p.Healthy).ToList();
            var failed = waiting.Where(p => p.State == ProcessState.Failed).ToList();
            if (failed.Count > 0)
            {
                throw new StackFailureException(
                    StackError.InvalidInput,
                    $"{failed.Count} process(es) cannot start; fix their command and apply again.",
                    failed.Select(Describe).ToList());
            }

            if (waiting.Count == 0)
            {
                return observed;
            }

            if (_time.GetUtcNow() >= deadline)
            {
                throw new StackFailureException(
                    StackError.Timeout,
                    $"{waiting.Count} of {ids.Count} process(es) were not healthy after {timeout.TotalSeconds:0.#} s; their logs say why.",
                    waiting.Select(Describe).ToList());
            }

            await Task.Delay(PollInterval, _time, cancellationToken);
        }
    }

    public void Dispose() => _http.Dispose();

    private static string Describe(ProcessStatus process) =>
        $"{process.Id}: {JsonNamingPolicy.KebabCaseLower.ConvertName(process.State.ToString())}, {process.Restarts} restart(s)"
        + (process.Error is null ? "" : $": {process.Error}");

    private async Task<ObservedProcessSet> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException unreachable)
        {
            throw new StackFailureException(
                StackError.NotRunning,
                $"The process agent does not answer at {Endpoint.Url} ({unreachable.Message}). Start the stack again to restart it.");
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadFromJsonAsync<ObservedProcessSet>(AgentJson.Options, cancellationToken)
                    ?? throw new StackFailureException(StackError.UnexpectedError, $"The process agent answered {method} /{path} with an empty body.");
            }

            var error = await ReadErrorAsync(response, cancellationToken);
            throw new StackFailureException(
                response.StatusCode == System.Net.HttpStatusCode.BadRequest ? StackError.InvalidInput : StackError.UnexpectedError,
                $"The process agent refused {method} /{path}: {error.Error}",
                error.Details);
        }
    }

    private static async Task<AgentError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<AgentError>(AgentJson.Options, cancellationToken)
                ?? new AgentError { Error = $"HTTP {(int)response.StatusCode}" };
        }
        catch (JsonException)
        {
            return new AgentError { Error = $"HTTP {(int)response.StatusCode}" };
        }
    }
}
