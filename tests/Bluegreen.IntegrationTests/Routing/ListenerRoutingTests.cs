using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.IntegrationTests.Routing;

public sealed class ListenerRoutingTests(RouterWorldFixture fixture) : IClassFixture<RouterWorldFixture>
{
    private const string Production = RouterListeners.Production;
    private const string Test = RouterListeners.Test;
    private const string Blue = RouterColors.Blue;
    private const string Green = RouterColors.Green;

    private RouterWorld World => fixture.World;

    [Theory]
    [InlineData(Blue, Green)]
    [InlineData(Green, Blue)]
    public async Task Listeners_ProductionServesServedColor_TestServesTheOther(string served, string idle)
    {
        await World.Admin.SwitchAsync(served);

        var production = await RepeatAsync(Production, null, 6);
        var test = await RepeatAsync(Test, null, 6);

        Assert.All(production, r => Assert.Equal((200, served), (r.Status, r.Color)));
        Assert.All(test, r => Assert.Equal((200, idle), (r.Status, r.Color)));
    }

    [Theory]
    [InlineData(Production, Blue)]
    [InlineData(Production, Green)]
    [InlineData(Test, Blue)]
    [InlineData(Test, Green)]
    public async Task ColorHeader_ReachesThatColor_OnEitherListener(string listener, string color)
    {
        await World.Admin.SwitchAsync(Blue);

        var replies = await RepeatAsync(listener, color, 6);

        Assert.All(replies, r => Assert.Equal((200, color), (r.Status, r.Color)));
    }

    [Fact]
    public async Task ColorHeader_WithUnknownValue_FallsBackToTheListenerColor()
    {
        await World.Admin.SwitchAsync(Green);

        var reply = await World.GetAsync(Production, colorHeader: "purple");

        Assert.Equal((200, Green), (reply.Status, reply.Color));
    }

    [Fact]
    public async Task Switch_FlipsBothListeners_AndPersistsServedColorBeforeReturning()
    {
        await World.Admin.SwitchAsync(Blue);

        var result = await World.Admin.SwitchAsync(Green, expectedFrom: Blue);
        var persisted = World.ReadStateFile(RouterStateFiles.ServedColor);
        var production = await World.GetAsync(Production);
        var test = await World.GetAsync(Test);

        Assert.Equal((Blue, Green, true), (result.From, result.To, result.Changed));
        Assert.Equal("green\n", persisted);
        Assert.Equal(Green, production.Color);
        Assert.Equal(Blue, test.Color);
    }

    [Fact]
    public async Task Switch_ToTheServedColor_ChangesNothing()
    {
        await World.Admin.SwitchAsync(Blue);

        var result = await World.Admin.SwitchAsync(Blue);

        Assert.Equal((Blue, Blue, false), (result.From, result.To, result.Changed));
    }

    [Fact]
    public async Task Switch_WithWrongExpectedFrom_IsRefusedWithConflict_AndChangesNothing()
    {
        await World.Admin.SwitchAsync(Blue);

        var failure = await Assert.ThrowsAsync<RouterAdminException>(() => World.Admin.SwitchAsync(Blue, expectedFrom: Green));

        Assert.Equal(RouterAdminFailure.Conflict, failure.Failure);
        Assert.Equal("Expected green to be served, but blue is; nothing was changed. Read the status and retry.", failure.Message);
        Assert.Equal(Blue, (await World.Admin.StatusAsync()).ServedColor);
    }

    [Theory]
    [InlineData("purple", null)]
    [InlineData("Blue", null)]
    [InlineData("green", "red")]
    public async Task Switch_ToUnknownColor_Is400WithMessage_AndChangesNothing(string to, string? expectedFrom)
    {
        await World.Admin.SwitchAsync(Blue);

        var failure = await Assert.ThrowsAsync<RouterAdminException>(() => World.Admin.SwitchAsync(to, expectedFrom));

        Assert.Equal(RouterAdminFailure.Rejected, failure.Failure);
        Assert.Equal(
            $"Unknown color in to=\"{to}\" expectedFrom=\"{expectedFrom}\"; use \"blue\" or \"green\". Nothing was changed.",
            failure.Message);
        Assert.Equal(Blue, (await World.Admin.StatusAsync()).ServedColor);
        Assert.Equal("blue\n", World.ReadStateFile(RouterStateFiles.ServedColor));
    }

    [Theory]
    [InlineData("{\"to\":", "The body is not a valid SwitchRequest: Expected depth to be zero at the end of the JSON payload.")]
    [InlineData("{}", "The body is not a valid SwitchRequest: JSON deserialization for type 'Bluegreen.Local.Contracts.Routing.SwitchRequest' was missing required properties including: 'to'.")]
    [InlineData("null", "The body is not a valid SwitchRequest: the body is JSON null; send a JSON object.")]
    public async Task Switch_WithMalformedBody_Is400WithMessage(string body, string expectedStart)
    {
        using var http = new HttpClient { BaseAddress = World.Admin.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "admin/switch") { Content = new StringContent(body) };
        request.Headers.Authorization = new("Bearer", AdminTokenFile.Read(World.StateDirectory));

        using var response = await http.SendAsync(request);
        var error = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.StartsWith($"{{\n  \"error\": \"{expectedStart}", error.Replace("\\u0027", "'", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_WithWrongToken_Is401()
    {
        using var http = new HttpClient { BaseAddress = World.Admin.BaseAddress };
        using var wrong = new RouterAdminClient(http, "not-the-token");

        var failure = await Assert.ThrowsAsync<RouterAdminException>(() => wrong.SwitchAsync(Green));

        Assert.Equal(RouterAdminFailure.Unauthorized, failure.Failure);
        Assert.StartsWith("Missing or wrong bearer token.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_IsNotReachableThroughTheTrafficListeners()
    {
        await World.Admin.SwitchAsync(Blue);

        var reply = await World.GetAsync(Production, path: "/admin/status");

        // Proxied to the app like any other path, not answered by the router.
        Assert.Equal((200, Blue), (reply.Status, reply.Color));
    }

    [Fact]
    public async Task Status_CountsRequestsPerListenerAndColor()
    {
        await World.Admin.SwitchAsync(Green);
        var before = await World.Admin.StatusAsync();

        await RepeatAsync(Production, null, 7);
        await RepeatAsync(Test, null, 3);
        await RepeatAsync(Test, Green, 2);
        var after = await World.Admin.StatusAsync();

        Assert.Equal(7, Delta(before, after, Production, Green, t => t.Requests));
        Assert.Equal(3, Delta(before, after, Test, Blue, t => t.Requests));
        Assert.Equal(2, Delta(before, after, Test, Green, t => t.Requests));
        Assert.Equal(0, Delta(before, after, Production, Blue, t => t.Requests));
        Assert.All(after.Traffic, t => Assert.Equal((0, 0), (t.ServerErrors, t.InFlight)));
        var productionGreen = after.Traffic.Single(t => t.Listener == Production && t.Color == Green);
        Assert.InRange(productionGreen.LatencyP50Ms, 0.001, productionGreen.LatencyP99Ms);
    }

    [Fact]
    public async Task Status_ReportsListenersHeaderRulesAndHealthyDestinations()
    {
        await World.Admin.SwitchAsync(Blue);

        var status = await World.Admin.StatusAsync();

        Assert.Equal(
            [(Production, World.Snapshot.ProductionPort, Blue, false), (Test, World.Snapshot.TestPort, Green, false)],
            status.Listeners.Select(l => (l.Name, l.Port, l.Color, l.Overridden)));
        Assert.Equal(
            [("X-Color", Blue, Blue), ("X-Color", Green, Green)],
            status.HeaderRules.Select(h => (h.Header, h.Value, h.Color)));
        Assert.Equal(
            ["web-blue-1 healthy", "web-blue-2 healthy", "web-green-1 healthy", "web-green-2 healthy"],
            status.Destinations.Select(d => $"{d.InstanceId} {d.Health}"));
        Assert.Equal(1, status.SnapshotVersion);
    }

    [Fact]
    public async Task ListenerOverride_PointsOneListener_IsReported_AndTheNextSwitchClearsIt()
    {
        await World.Admin.SwitchAsync(Blue);

        var overridden = await World.Admin.OverrideListenerAsync(Test, Blue);
        var test = await World.GetAsync(Test);
        var persisted = World.ReadStateFile(RouterStateFiles.ListenerOverrides);
        await World.Admin.SwitchAsync(Green);
        var afterSwitch = await World.Admin.StatusAsync();

        Assert.Equal(Blue, test.Color);
        Assert.Equal(
            [(Production, Blue, false), (Test, Blue, true)],
            overridden.Listeners.Select(l => (l.Name, l.Color, l.Overridden)));
        Assert.Contains("\"test\": \"blue\"", persisted, StringComparison.Ordinal);
        Assert.Equal(
            [(Production, Green, false), (Test, Blue, false)],
            afterSwitch.Listeners.Select(l => (l.Name, l.Color, l.Overridden)));
        Assert.False(File.Exists(Path.Combine(World.StateDirectory, RouterStateFiles.ListenerOverrides)));
    }

    [Fact]
    public async Task ConcurrentSwitches_WithTheSameExpectedFrom_ExactlyOneWins()
    {
        await World.Admin.SwitchAsync(Blue);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => TrySwitchAsync(Green, Blue)));

        Assert.Single(outcomes, o => o.Result is { Changed: true, From: Blue, To: Green });
        Assert.Single(outcomes, o => o.Failure == RouterAdminFailure.Conflict);
        Assert.Equal("green\n", World.ReadStateFile(RouterStateFiles.ServedColor));
        Assert.Equal(Green, (await World.Admin.StatusAsync()).ServedColor);
    }

    [Fact]
    public async Task ConcurrentSwitches_ToBothColors_AreSerialized_AndTheLastOneIsOnDisk()
    {
        await World.Admin.SwitchAsync(Blue);

        var outcomes = await Task.WhenAll(TrySwitchAsync(Green, null), TrySwitchAsync(Blue, null));

        var results = outcomes.Select(o => o.Result!).OrderBy(r => r.SwitchedAt).ToList();
        Assert.Equal(Blue, results[0].From);
        Assert.Equal(results[0].To, results[1].From);
        var final = results[1].To;
        Assert.Equal(final + "\n", World.ReadStateFile(RouterStateFiles.ServedColor));
        Assert.Equal(final, (await World.Admin.StatusAsync()).ServedColor);
        Assert.Equal(final, (await World.GetAsync(Production)).Color);
    }

    [Fact]
    public async Task PutSnapshot_SwapsTopology_AndPersistsIt()
    {
        await World.Admin.SwitchAsync(Blue);
        var withoutBlue2 = World.Snapshot with
        {
            Version = 2,
            Services =
            [
                World.Snapshot.Services[0] with
                {
                    Destinations = World.Snapshot.Services[0].Destinations with
                    {
                        Blue = [.. World.Snapshot.Services[0].Destinations.Blue.Where(d => d.InstanceId != "web-blue-2")],
                    },
                },
            ],
        };

        try
        {
            var result = await World.Admin.PutSnapshotAsync(withoutBlue2);
            var replies = await RepeatAsync(Production, null, 10);
            var status = await World.Admin.StatusAsync();
            var persisted = RouterSnapshotJson.Parse(World.ReadStateFile(RouterStateFiles.Snapshot), out _);

            Assert.Equal((2, 1, 3), (result.Version, result.Routes, result.Destinations));
            Assert.All(replies, r => Assert.Equal("web-blue-1", r.Instance));
            Assert.Equal(2, status.SnapshotVersion);
            Assert.Equal(["web-blue-1", "web-green-1", "web-green-2"], status.Destinations.Select(d => d.InstanceId));
            Assert.Equal(2, persisted!.Version);
        }
        finally
        {
            await World.Admin.PutSnapshotAsync(World.Snapshot);
        }
    }

    [Fact]
    public async Task PutSnapshot_ThatIsInvalidOrChangesPorts_IsRefused_AndChangesNothing()
    {
        var invalid = World.Snapshot with { Version = 9, DefaultColor = "red", Services = [] };
        var movedPorts = World.Snapshot with { Version = 9, ProductionPort = World.Snapshot.ProductionPort + 1 };

        var rejected = await Assert.ThrowsAsync<RouterAdminException>(() => World.Admin.PutSnapshotAsync(invalid));
        var conflict = await Assert.ThrowsAsync<RouterAdminException>(() => World.Admin.PutSnapshotAsync(movedPorts));

        Assert.Equal(RouterAdminFailure.Rejected, rejected.Failure);
        Assert.Equal(
            ["defaultColor: \"red\" is not a color; use \"blue\" or \"green\".", "services: the list is empty; add at least one web service."],
            rejected.Details);
        Assert.Equal(RouterAdminFailure.Conflict, conflict.Failure);
        Assert.StartsWith("The ports cannot change while the router runs", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await World.Admin.StatusAsync()).SnapshotVersion);
        Assert.Equal(1, RouterSnapshotJson.Parse(World.ReadStateFile(RouterStateFiles.Snapshot), out _)!.Version);
    }

    private async Task<List<Reply>> RepeatAsync(string listener, string? colorHeader, int count)
    {
        var replies = new List<Reply>();
        for (var i = 0; i < count; i++)
        {
            replies.Add(await World.GetAsync(listener, colorHeader));
        }

        return replies;
    }

    private async Task<(SwitchResult? Result, RouterAdminFailure? Failure)> TrySwitchAsync(string to, string? expectedFrom)
    {
        try
        {
            return (await World.Admin.SwitchAsync(to, expectedFrom), null);
        }
        catch (RouterAdminException failure)
        {
            return (null, failure.Failure);
        }
    }

    private static long Delta(RouterStatus before, RouterStatus after, string listener, string color, Func<TrafficStatus, long> value) =>
        value(after.Traffic.Single(t => t.Listener == listener && t.Color == color))
        - value(before.Traffic.Single(t => t.Listener == listener && t.Color == color));
}
