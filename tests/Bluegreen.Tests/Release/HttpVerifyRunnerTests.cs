using Bluegreen.Release.Verification;

namespace Bluegreen.Tests.Release;

public sealed class HttpVerifyRunnerTests : IAsyncLifetime
{
    private TestSiteServer _server = null!;

    public async Task InitializeAsync() => _server = await TestSiteServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Run_EveryRequestPasses_Passes()
    {
        var outcome = await Run(
            new VerifyCheck { Path = "/health", BodyContains = "ok", Requests = 5 },
            new VerifyCheck { Path = "/missing", ExpectedStatus = 404 });

        Assert.True(outcome.Passed);
        Assert.Equal([(5, 0), (1, 0)], outcome.Checks.Select(check => (check.Passed, check.Failed)));
        Assert.Equal("2 check(s) passed (6 requests).", outcome.Message);
    }

    [Fact]
    public async Task Run_OneBadRequestOutOfMany_Fails()
    {
        var outcome = await Run(new VerifyCheck { Path = "/flaky", Requests = 4 });

        Assert.False(outcome.Passed);
        Assert.Equal((2, 2), (outcome.Checks[0].Passed, outcome.Checks[0].Failed));
        Assert.Equal("Check GET /flaky failed 2 of 4 requests: request 2: expected 200, got 503.", outcome.Message);
    }

    [Fact]
    public async Task Run_BodyWithoutTheText_Fails()
    {
        var outcome = await Run(new VerifyCheck { Path = "/health", BodyContains = "healthy" });

        Assert.Equal("Check GET /health failed 1 of 1 requests: request 1: the body does not contain 'healthy' (it starts 'ok').", outcome.Message);
    }

    [Fact]
    public async Task Run_NoAnswerInTime_FailsAndSaysSo()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };

        var outcome = await new HttpVerifyRunner(http).RunAsync(_server.Url, [new VerifyCheck { Path = "/slow" }], CancellationToken.None);

        Assert.Equal("Check GET /slow failed 1 of 1 requests: request 1: no answer within 0.3 s.", outcome.Message);
    }

    [Fact]
    public async Task Run_NothingListening_FailsWithTheConnectionError()
    {
        var url = _server.Url;
        await _server.DisposeAsync();
        _server = await TestSiteServer.StartAsync();
        using var http = new HttpClient();

        var outcome = await new HttpVerifyRunner(http).RunAsync(url, [new VerifyCheck { Path = "/health" }], CancellationToken.None);

        Assert.False(outcome.Passed);
        Assert.StartsWith("Check GET /health failed 1 of 1 requests: request 1: no answer: ", outcome.Message);
    }

    [Fact]
    public void Validate_EveryBadCheck_IsNamedWithItsFix()
    {
        var errors = VerifyCheck.Validate(
        [
            new VerifyCheck { Path = "health", ExpectedStatus = 42 },
            new VerifyCheck { Path = "/ok", Requests = 0, BodyContains = "" },
            new VerifyCheck { Path = "/fine", Requests = 1000 },
        ]);

        Assert.Equal(
            [
                "verify check 1 (health): the path must start with a single '/', e.g. /health; the test listener's address is added to it.",
                "verify check 1 (health): expected status 42 is not an HTTP status; give one from 100 to 599, e.g. 200.",
                "verify check 2 (/ok): 0 requests; give 1 to 1000.",
                "verify check 2 (/ok): the body text is empty; give the text to look for, or leave it out to not read the body.",
            ],
            errors);
    }

    private async Task<VerifyOutcome> Run(params VerifyCheck[] checks)
    {
        using var http = new HttpClient();
        return await new HttpVerifyRunner(http).RunAsync(_server.Url, checks, CancellationToken.None);
    }
}
