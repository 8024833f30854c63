using System.Net;
using System.Text.Json;
using Bluegreen.Engines;
using Bluegreen.Engines.Local.Agent;
using Bluegreen.Local.Contracts.Agent;
using Moq;
using Moq.Protected;

namespace Bluegreen.Tests.Engines.Local.Agent;

public class AgentClientTests
{
    private static readonly AgentEndpoint Endpoint = new()
    {
        Url = "http://127.0.0.1:40000",
        Token = "secret-token",
        Pid = 4242,
        StartedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public async Task WaitUntilHealthy_HealthyOnSecondPoll_ReturnsThatObservationAndSendsTheToken()
    {
        var requests = new List<HttpRequestMessage>();
        using var client = CreateClient(requests, Observed(Status("web-blue-1", ProcessState.Starting)), Observed(Status("web-blue-1", ProcessState.Healthy)));

        var observed = await client.WaitUntilHealthyAsync(["web-blue-1"], TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(ProcessState.Healthy, Assert.Single(observed.Processes).State);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("Bearer secret-token", r.Headers.Authorization!.ToString()));
        Assert.All(requests, r => Assert.Equal("http://127.0.0.1:40000/processes", r.RequestUri!.ToString()));
    }

    [Fact]
    public async Task WaitUntilHealthy_OneFailed_ThrowsInvalidInputAtOnceWithItsError()
    {
        var failed = Status("web-blue-2", ProcessState.Failed) with { Error = "program \"nope\" was not found on PATH (/bin); install it or give fileName as an absolute path." };
        using var client = CreateClient([], Observed(Status("web-blue-1", ProcessState.Healthy), failed));

        var error = await Assert.ThrowsAsync<StackFailureException>(
            () => client.WaitUntilHealthyAsync(["web-blue-1", "web-blue-2"], TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal(StackError.InvalidInput, error.Error);
        Assert.Equal("1 process(es) cannot start; fix their command and apply again.", error.Message);
        Assert.Equal(["web-blue-2: failed, 0 restart(s): program \"nope\" was not found on PATH (/bin); install it or give fileName as an absolute path."], error.Details);
    }

    [Fact]
    public async Task WaitUntilHealthy_StillBackingOffAtTheDeadline_ThrowsTimeoutNamingTheState()
    {
        var backingOff = Status("web-blue-1", ProcessState.BackingOff) with { Restarts = 4, Error = "port 5001 on 127.0.0.1 is in use by another process" };
        using var client = CreateClient([], Observed(backingOff));

        var error = await Assert.ThrowsAsync<StackFailureException>(
            () => client.WaitUntilHealthyAsync(["web-blue-1"], TimeSpan.Zero, CancellationToken.None));

        Assert.Equal(StackError.Timeout, error.Error);
        Assert.Equal("1 of 1 process(es) were not healthy after 0 s; their logs say why.", error.Message);
        Assert.Equal(["web-blue-1: backing-off, 4 restart(s): port 5001 on 127.0.0.1 is in use by another process"], error.Details);
    }

    [Fact]
    public async Task PutProcesses_AgentRefusesTheSet_ThrowsInvalidInputWithEveryDetail()
    {
        var refusal = new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = Json(new AgentError { Error = "The desired set has 2 problem(s); nothing was changed.", Details = ["first", "second"] }),
        };
        using var client = CreateClient([], refusal);

        var error = await Assert.ThrowsAsync<StackFailureException>(
            () => client.PutProcessesAsync(new DesiredProcessSet(), CancellationToken.None));

        Assert.Equal(StackError.InvalidInput, error.Error);
        Assert.Equal("The process agent refused PUT /processes: The desired set has 2 problem(s); nothing was changed.", error.Message);
        Assert.Equal(["first", "second"], error.Details);
    }

    [Fact]
    public async Task GetProcesses_AgentGone_ThrowsNotRunning()
    {
        var handler = new Mock<HttpMessageHandler>();
        handler.Protected()
            .Setup<Task<HttpResponseMessage>>("SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
            .ThrowsAsync(new HttpRequestException("Connection refused (127.0.0.1:40000)"));
        using var client = new AgentClient(Endpoint, handler: handler.Object);

        var error = await Assert.ThrowsAsync<StackFailureException>(() => client.GetProcessesAsync(CancellationToken.None));

        Assert.Equal(StackError.NotRunning, error.Error);
        Assert.Equal(
            "The process agent does not answer at http://127.0.0.1:40000 (Connection refused (127.0.0.1:40000)). Start the stack again to restart it.",
            error.Message);
    }

    [Theory]
    [InlineData(4242, true)]
    [InlineData(999, false)]
    public async Task Ping_AnswersWithAPid_IsTheAgentOnlyWhenThePidMatchesTheEndpoint(int answeringPid, bool expected)
    {
        var answer = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = Json(new AgentPing { Pid = answeringPid, StartedAt = DateTimeOffset.UnixEpoch }),
        };
        using var client = CreateClient([], answer);

        Assert.Equal(expected, await client.PingAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    private static AgentClient CreateClient(List<HttpRequestMessage> requests, params HttpResponseMessage[] responses)
    {
        var handler = new Mock<HttpMessageHandler>();
        var sequence = handler.Protected()
            .SetupSequence<Task<HttpResponseMessage>>("SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
        foreach (var response in responses)
        {
            sequence = sequence.ReturnsAsync(response);
        }

        var recording = new RecordingHandler(handler.Object, requests);
        return new AgentClient(Endpoint, handler: recording);
    }

    private static HttpResponseMessage Observed(params ProcessStatus[] processes) => new(HttpStatusCode.OK)
    {
        Content = Json(new ObservedProcessSet { AgentPid = 4242, AgentStartedAt = DateTimeOffset.UnixEpoch, Processes = processes }),
    };

    private static StringContent Json<T>(T value) => new(JsonSerializer.Serialize(value, AgentJson.Options), System.Text.Encoding.UTF8, "application/json");

    private static ProcessStatus Status(string id, ProcessState state) => new()
    {
        Id = id,
        Labels = new ProcessLabels(),
        Fingerprint = "0123456789abcdef",
        State = state,
        Healthy = state == ProcessState.Healthy,
    };

    /// <summary>Keeps each request for assertions, then hands it to the mocked network.</summary>
    private sealed class RecordingHandler(HttpMessageHandler inner, List<HttpRequestMessage> requests) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            requests.Add(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
