using System.Runtime.Versioning;
using Bluegreen.Agent.Os;
using Bluegreen.Agent.State;
using DesiredProcessSet = Bluegreen.Local.Contracts.Agent.DesiredProcessSet;
using ProcessSpec = Bluegreen.Local.Contracts.Agent.ProcessSpec;

namespace Bluegreen.Tests.Apps.Agent;

[SupportedOSPlatform("linux")]
public class AdoptionPlanTests
{
    private static readonly ProcessSpec Web1 = Spec("web-blue-1");
    private static readonly ProcessSpec Web2 = Spec("web-blue-2");

    [Fact]
    public void Create_AliveWithDesiredSpec_IsAdopted()
    {
        var record = Record(Web1, pid: 100);

        var plan = AdoptionPlan.Create([record], Desired(Web1), _ => true);

        Assert.Equal([record], plan.Adopt);
        Assert.Empty(plan.Terminate);
    }

    [Fact]
    public void Create_AliveButSpecChangedOrNoLongerDesired_IsTerminated()
    {
        var changed = Record(Web1, pid: 100) with { Fingerprint = "0000000000000000" };
        var removed = Record(Web2, pid: 101);

        var plan = AdoptionPlan.Create([changed, removed], Desired(Web1), _ => true);

        Assert.Empty(plan.Adopt);
        Assert.Equal([changed, removed], plan.Terminate);
    }

    [Fact]
    public void Create_GoneOrPidReused_IsLeftAlone()
    {
        var gone = Record(Web1, pid: 100);
        var reused = Record(Web2, pid: 101);
        var stillOurs = new ProcessIdentity(102, 5000);

        var plan = AdoptionPlan.Create([gone, reused], Desired(Web1, Web2), identity => identity == stillOurs);

        Assert.Empty(plan.Adopt);
        Assert.Empty(plan.Terminate);
    }

    [Fact]
    public void Create_TwoLiveRecordsForOneId_AdoptsTheFirstAndTerminatesTheOther()
    {
        var first = Record(Web1, pid: 100);
        var duplicate = Record(Web1, pid: 200);

        var plan = AdoptionPlan.Create([first, duplicate], Desired(Web1), _ => true);

        Assert.Equal([first], plan.Adopt);
        Assert.Equal([duplicate], plan.Terminate);
    }

    private static DesiredProcessSet Desired(params ProcessSpec[] specs) => new() { Processes = specs };

    private static PidRecord Record(ProcessSpec spec, int pid) =>
        new() { Id = spec.Id, Pid = pid, StartTime = 5000, Fingerprint = ProcessFingerprint.Of(spec) };

    private static ProcessSpec Spec(string id) => new() { Id = id, FileName = "dotnet", LogFile = $"/state/{id}.log" };
}
