using Bluegreen.Engines;
using Bluegreen.Engines.Local.Reconcile;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Tests.Engines.Local;

public class ProcessSetChangesTests
{
    [Fact]
    public void Between_ListsCreatesRestartsAndStops_NamingChangedFieldsButNoValues()
    {
        var current = new DesiredProcessSet { Processes = [Spec("router", ""), Spec("web-blue-1", "blue", "1.0.0"), Spec("web-green-3", "green")] };
        var next = new DesiredProcessSet { Processes = [Spec("router", ""), Spec("web-blue-1", "blue", "2.0.0"), Spec("web-green-1", "green")] };

        var changes = ProcessSetChanges.Between(current, next);

        Assert.Equal(
            [
                new ResourceChange(ResourceOwner.Blue, "web-blue-1", LocalResourceTypes.Process, "update", ["environment.BLUEGREEN_VERSION"], false),
                new ResourceChange(ResourceOwner.Green, "web-green-1", LocalResourceTypes.Process, "create", [], false),
                new ResourceChange(ResourceOwner.Green, "web-green-3", LocalResourceTypes.Process, "delete", [], false),
            ],
            changes);
    }

    [Fact]
    public void Between_TheSameSet_ChangesNothing()
    {
        var set = new DesiredProcessSet { Processes = [Spec("router", ""), Spec("web-blue-1", "blue")] };

        Assert.Empty(ProcessSetChanges.Between(set, set with { Processes = [.. set.Processes] }));
    }

    private static ProcessSpec Spec(string id, string color, string version = "1.0.0") => new()
    {
        Id = id,
        FileName = "dotnet",
        Arguments = ["app.dll"],
        Environment = new Dictionary<string, string> { ["BLUEGREEN_VERSION"] = version, ["BLUEGREEN_PRIMARY_CONNECTION"] = "Password=secret" },
        LogFile = $"/tmp/{id}.log",
        Labels = new ProcessLabels { Color = color },
    };
}
