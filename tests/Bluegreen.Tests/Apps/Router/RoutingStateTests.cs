using System.Runtime.Versioning;
using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.Routing;
using Bluegreen.Router.State;
using Bluegreen.Tests.Common;

namespace Bluegreen.Tests.Apps.Router;

[SupportedOSPlatform("linux")]
public sealed class RoutingStateTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Switch_PersistsServedColor_ThenPublishesANewTable()
    {
        var state = CreateState("blue");
        var before = state.Current;

        var outcome = state.Switch("green", expectedFrom: "blue");

        Assert.Equal(new SwitchResult { From = "blue", To = "green", Changed = true, SwitchedAt = Now }, outcome.Result);
        Assert.Null(outcome.ConflictMessage);
        Assert.Equal("green\n", File.ReadAllText(_folder.File("served-color")));
        Assert.Equal((RouteColor.Green, RouteColor.Blue), (state.Current.ColorOf(ListenerKind.Production), state.Current.ColorOf(ListenerKind.Test)));
        Assert.Equal(RouteColor.Blue, before.ColorOf(ListenerKind.Production));
        Assert.Equal(Now, state.SwitchedAt);
        Assert.Equal(["served-color"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Switch_WithWrongExpectedFrom_ChangesNothing()
    {
        var state = CreateState("blue");
        var before = state.Current;

        var outcome = state.Switch("green", expectedFrom: "green");

        Assert.Null(outcome.Result);
        Assert.Equal("Expected green to be served, but blue is; nothing was changed. Read the status and retry.", outcome.ConflictMessage);
        Assert.Same(before, state.Current);
        Assert.False(File.Exists(_folder.File("served-color")));
        Assert.Null(state.SwitchedAt);
    }

    [Fact]
    public void Switch_ToServedColor_IsANoOp()
    {
        var state = CreateState("blue");
        var before = state.Current;

        var outcome = state.Switch("blue", expectedFrom: null);

        Assert.Equal(new SwitchResult { From = "blue", To = "blue", Changed = false, SwitchedAt = Now }, outcome.Result);
        Assert.Same(before, state.Current);
        Assert.False(File.Exists(_folder.File("served-color")));
    }

    [Fact]
    public void Switch_ToServedColor_WithAnOverride_ClearsTheOverride()
    {
        var state = CreateState("blue");
        state.Override(ListenerKind.Test, "blue");

        var outcome = state.Switch("blue", expectedFrom: null);

        Assert.True(outcome.Result!.Changed);
        Assert.True(state.Current.Overrides.IsEmpty);
        Assert.Equal(RouteColor.Green, state.Current.ColorOf(ListenerKind.Test));
        Assert.False(File.Exists(_folder.File("listener-overrides.json")));
    }

    [Fact]
    public void Override_PersistsAndApplies_AndNullRemovesIt()
    {
        var state = CreateState("green");

        state.Override(ListenerKind.Production, "blue");
        var persisted = File.ReadAllText(_folder.File("listener-overrides.json"));
        var overridden = state.Current;
        state.Override(ListenerKind.Production, null);

        Assert.Equal("{\n  \"production\": \"blue\"\n}\n", persisted);
        Assert.Equal((RouteColor.Blue, true), (overridden.ColorOf(ListenerKind.Production), overridden.IsOverridden(ListenerKind.Production)));
        Assert.Equal((RouteColor.Green, false), (state.Current.ColorOf(ListenerKind.Production), state.Current.IsOverridden(ListenerKind.Production)));
        Assert.False(File.Exists(_folder.File("listener-overrides.json")));
        Assert.Equal("green", state.Current.ServedColor);
    }

    [Fact]
    public void Switch_FromManyThreads_LeavesFileAndTableAgreeing()
    {
        var state = CreateState("blue");

        Parallel.For(0, 200, i => state.Switch(i % 2 == 0 ? "green" : "blue", expectedFrom: null));

        Assert.Equal(state.Current.ServedColor + "\n", File.ReadAllText(_folder.File("served-color")));
    }

    private RoutingState CreateState(string served) =>
        new(new RoutingTable(served, ListenerOverrides.None), new RouterStateDirectory(_folder.Path), new FixedClock(Now));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
