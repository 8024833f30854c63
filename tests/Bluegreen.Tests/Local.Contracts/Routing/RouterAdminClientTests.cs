using System.Net;
using System.Text;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Tests.Local.Contracts.Routing;

public sealed class RouterAdminClientTests
{
    private const string StatusJson = """
        {"servedColor":"green","snapshotVersion":3,"startedAt":"2026-01-01T00:00:00+00:00","listeners":[],"headerRules":[],"traffic":[],"destinations":[]}
        """;

    [Fact]
    public async Task SwitchAsync_PostsColorsWithBearerToken_AndReadsTheResult()
    {
        var network = new FakeNetwork(_ => Json(HttpStatusCode.OK, """{"from":"blue","to":"green","changed":true,"switchedAt":"2026-01-01T00:00:01+00:00"}"""));
        using var client = CreateClient(network);

        var result = await client.SwitchAsync("green", expectedFrom: "blue");

        var sent = Assert.Single(network.Requests);
        Assert.Equal(("POST", "http://127.0.0.1:9000/admin/switch", "Bearer s3cret"), (sent.Method, sent.Uri, sent.Authorization));
        Assert.Equal("{\n  \"to\": \"green\",\n  \"expectedFrom\": \"blue\"\n}", sent.Body);
        Assert.Equal(("blue", "green", true, DateTimeOffset.Parse("2026-01-01T00:00:01+00:00", null)), (result.From, result.To, result.Changed, result.SwitchedAt));
    }

    [Fact]
    public async Task PutSnapshotAsync_SendsTheSnapshotAsItIsWrittenToDisk()
    {
        var network = new FakeNetwork(_ => Json(HttpStatusCode.OK, """{"version":7,"routes":3,"destinations":6}"""));
        using var client = CreateClient(network);

        var result = await client.PutSnapshotAsync(TestSnapshots.Valid);

        var sent = Assert.Single(network.Requests);
        Assert.Equal(("PUT", "http://127.0.0.1:9000/admin/snapshot"), (sent.Method, sent.Uri));
        Assert.Equal(RouterSnapshotJson.Serialize(TestSnapshots.Valid), sent.Body + "\n");
        Assert.Equal((7, 3, 6), (result.Version, result.Routes, result.Destinations));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, RouterAdminFailure.Unauthorized)]
    [InlineData(HttpStatusCode.BadRequest, RouterAdminFailure.Rejected)]
    [InlineData(HttpStatusCode.Conflict, RouterAdminFailure.Conflict)]
    [InlineData(HttpStatusCode.InternalServerError, RouterAdminFailure.Failed)]
    public async Task ErrorAnswer_BecomesTypedFailure_WithTheRoutersMessageAndDetails(HttpStatusCode status, RouterAdminFailure expected)
    {
        using var client = CreateClient(new FakeNetwork(_ => Json(status, """{"error":"no such color","details":["a","b"]}""")));

        var failure = await Assert.ThrowsAsync<RouterAdminException>(() => client.SwitchAsync("red"));

        Assert.Equal((expected, "no such color"), (failure.Failure, failure.Message));
        Assert.Equal(["a", "b"], failure.Details);
    }

    [Fact]
    public async Task ErrorAnswer_NotFromTheRouter_NamesTheStatus()
    {
        using var client = CreateClient(new FakeNetwork(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>") }));

        var failure = await Assert.ThrowsAsync<RouterAdminException>(() => client.StatusAsync());

        Assert.Equal((RouterAdminFailure.Failed, "The router answered GET /admin/status with 502 Bad Gateway."), (failure.Failure, failure.Message));
    }

    [Fact]
    public async Task ConnectionRefused_IsUnreachable_WithAHint()
    {
        using var client = CreateClient(new FakeNetwork(_ => throw new HttpRequestException("Connection refused (127.0.0.1:9000)")));

        var failure = await Assert.ThrowsAsync<RouterAdminException>(() => client.StatusAsync());

        Assert.Equal(RouterAdminFailure.Unreachable, failure.Failure);
        Assert.Equal(
            "The router is not answering on http://127.0.0.1:9000/ (Connection refused (127.0.0.1:9000)). Is the local stack running? Its log is router.log in the router state folder.",
            failure.Message);
    }

    [Fact]
    public async Task WaitUntilReadyAsync_RetriesWhileUnreachable_ThenReturnsStatus()
    {
        var calls = 0;
        using var client = CreateClient(new FakeNetwork(_ => ++calls < 3 ? throw new HttpRequestException("refused") : Json(HttpStatusCode.OK, StatusJson)));

        var status = await client.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((3, "green", 3L), (calls, status.ServedColor, status.SnapshotVersion));
    }

    [Fact]
    public async Task WaitUntilReadyAsync_WrongToken_FailsWithoutWaiting()
    {
        var calls = 0;
        using var client = CreateClient(new FakeNetwork(_ =>
        {
            calls++;
            return Json(HttpStatusCode.Unauthorized, """{"error":"Missing or wrong bearer token.","details":[]}""");
        }));

        var failure = await Assert.ThrowsAsync<RouterAdminException>(() => client.WaitUntilReadyAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal((RouterAdminFailure.Unauthorized, 1), (failure.Failure, calls));
    }

    [Fact]
    public async Task WaitUntilReadyAsync_PastTheDeadline_SaysWhereToLook()
    {
        using var client = CreateClient(new FakeNetwork(_ => throw new HttpRequestException("refused")));

        var failure = await Assert.ThrowsAsync<RouterAdminException>(() => client.WaitUntilReadyAsync(TimeSpan.Zero));

        Assert.Equal(
            (RouterAdminFailure.Unreachable, "The router did not become ready on http://127.0.0.1:9000/ within 0 s. See router.log in its state folder."),
            (failure.Failure, failure.Message));
    }

    [Fact]
    public void ForStateDirectory_WithoutTokenFile_IsUnauthorized_AndSaysWhy()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"bluegreen-no-router-{Guid.NewGuid():N}");

        var failure = Assert.Throws<RouterAdminException>(() => RouterAdminClient.ForStateDirectory(missing, 9000));

        Assert.Equal(RouterAdminFailure.Unauthorized, failure.Failure);
        Assert.StartsWith("Cannot read the router's admin token: ", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith(" The router creates it on start; is the local stack up?", failure.Message, StringComparison.Ordinal);
    }

    private static RouterAdminClient CreateClient(FakeNetwork network) =>
        new(new HttpClient(network) { BaseAddress = new Uri("http://127.0.0.1:9000/") }, "s3cret");

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed record SentRequest(string Method, string Uri, string? Authorization, string? Body);

    /// <summary>The network boundary: records what the client sends and answers from a script.</summary>
    private sealed class FakeNetwork(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<SentRequest> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add(new SentRequest(request.Method.Method, request.RequestUri!.ToString(), request.Headers.Authorization?.ToString(), body));
            return answer(request);
        }
    }
}
