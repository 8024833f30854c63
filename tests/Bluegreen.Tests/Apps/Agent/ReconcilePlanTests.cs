using System.Runtime.Versioning;
using Bluegreen.Agent.State;
using Bluegreen.Agent.Supervision;
using DesiredProcessSet = Bluegreen.Local.Contracts.Agent.DesiredProcessSet;
using ProcessSpec = Bluegreen.Local.Contracts.Agent.ProcessSpec;

namespace Bluegreen.Tests.Apps.Agent;

[SupportedOSPlatform("linux")]
public class ReconcilePlanTests
{
    [Fact]
    public void Create_MixedChanges_StartsNewStopsGoneRestartsChangedKeepsSame()
    {
        var kept = Spec("web-blue-1", "1.0");
        var changed = Spec("web-blue-2", "1.0");
        var current = Current((kept, false), (changed, false), (Spec("web-blue-3", "1.0"), false));
        var desired = new DesiredProcessSet { Processes = [kept, changed with { Arguments = ["--version", "2.0"] }, Spec("web-green-1", "2.0")] };

        var plan = ReconcilePlan.Create(current, desired, ProcessFingerprint.Of);

        Assert.Equal(["web-green-1"], plan.Start.Select(s => s.Id));
        Assert.Equal(["web-blue-3"], plan.Stop);
        Assert.Equal(["web-blue-2"], plan.Restart.Select(s => s.Id));
        Assert.Equal(["web-blue-1"], plan.Keep);
    }

    [Fact]
    public void Create_SameSetTwice_KeepsEverything()
    {
        var specs = new[] { Spec("web-blue-1", "1.0"), Spec("worker-blue-1", "1.0") };
        var current = Current(specs.Select(s => (s, false)).ToArray());

        var plan = ReconcilePlan.Create(current, new DesiredProcessSet { Processes = specs }, ProcessFingerprint.Of);

        Assert.Empty(plan.Start);
        Assert.Empty(plan.Stop);
        Assert.Empty(plan.Restart);
        Assert.Equal(["web-blue-1", "worker-blue-1"], plan.Keep);
    }

    [Fact]
    public void Create_FailedProcessWithSameSpec_IsRestarted()
    {
        var failed = Spec("web-blue-1", "1.0");

        var plan = ReconcilePlan.Create(Current((failed, true)), new DesiredProcessSet { Processes = [failed] }, ProcessFingerprint.Of);

        Assert.Equal(["web-blue-1"], plan.Restart.Select(s => s.Id));
        Assert.Empty(plan.Keep);
    }

    [Fact]
    public void Create_EmptySet_StopsEverythingInIdOrder()
    {
        var current = Current((Spec("worker-blue-1", "1.0"), false), (Spec("web-blue-1", "1.0"), false));

        var plan = ReconcilePlan.Create(current, new DesiredProcessSet(), ProcessFingerprint.Of);

        Assert.Equal(["web-blue-1", "worker-blue-1"], plan.Stop);
    }

    private static Dictionary<string, (string Fingerprint, bool Failed)> Current(params (ProcessSpec Spec, bool Failed)[] running) =>
        running.ToDictionary(r => r.Spec.Id, r => (ProcessFingerprint.Of(r.Spec), r.Failed));

    private static ProcessSpec Spec(string id, string version) => new()
    {
        Id = id,
        FileName = "dotnet",
        Arguments = ["app.dll"],
        Environment = new Dictionary<string, string> { ["BLUEGREEN_VERSION"] = version },
        LogFile = $"/state/instances/{id}.log",
    };
}
