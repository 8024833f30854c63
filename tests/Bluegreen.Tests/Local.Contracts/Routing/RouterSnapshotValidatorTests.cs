using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Tests.Local.Contracts.Routing;

public sealed class RouterSnapshotValidatorTests
{
    [Fact]
    public void Validate_ValidSnapshot_HasNoErrors()
    {
        Assert.Empty(RouterSnapshotValidator.Validate(TestSnapshots.Valid));
    }

    [Fact]
    public void Validate_CollectsEveryError_NamingFieldValueAndFix()
    {
        var web = TestSnapshots.Valid.Services[1];
        var snapshot = TestSnapshots.Valid with
        {
            TestPort = 8080,
            AdminPort = 70000,
            DefaultColor = "Blue",
            Services =
            [
                web with
                {
                    Name = "Web",
                    PathPatterns = ["api/*", "/a*b", "/x//y"],
                    HealthCheck = new RouterHealthCheck { Path = "health", IntervalMs = 10, TimeoutMs = 60_001, UnhealthyThreshold = 0 },
                    Destinations = new RouterColorDestinations
                    {
                        Blue = [TestSnapshots.Destination("dup", 1), new RouterDestination { InstanceId = " ", Address = "http://10.0.0.1:80" }],
                        Green = [TestSnapshots.Destination("dup", 2), new RouterDestination { InstanceId = "g", Address = "http://127.0.0.1" }],
                    },
                },
                web,
                web,
            ],
        };

        var errors = RouterSnapshotValidator.Validate(snapshot);

        Assert.Equal(
            [
                "adminPort: 70000 is not a TCP port; use 1 to 65535.",
                "productionPort and testPort are both 8080; each listener needs its own port.",
                "defaultColor: \"Blue\" is not a color; use \"blue\" or \"green\".",
                "services[0].name: \"Web\" must be lower-case letters, digits and dashes.",
                "services[0].pathPatterns[0]: \"api/*\" must start with \"/\".",
                "services[0].pathPatterns[1]: \"/a*b\" may use \"*\" only as a whole last segment (\"/api/*\") and no \"?\", \"{\" or \"}\".",
                "services[0].pathPatterns[2]: \"/x//y\" must not contain an empty segment (\"//\").",
                "services[0].healthCheck.path: \"health\" must start with \"/\", e.g. \"/health\".",
                "services[0].healthCheck.intervalMs: 10 is out of range; use 50 to 60000.",
                "services[0].healthCheck.timeoutMs: 60001 is out of range; use 50 to 60000.",
                "services[0].healthCheck.unhealthyThreshold: 0 is out of range; use 1 to 100.",
                "services[0].destinations.blue[1].instanceId: is empty; give every instance an id such as \"web-blue-1\".",
                "services[0].destinations.blue[1].address: \"http://10.0.0.1:80\" is not an http address on loopback; use http://127.0.0.1:<port>.",
                "services[0].destinations.green[0].instanceId: \"dup\" appears twice; instance ids must be unique.",
                "services[0].destinations.green[1].address: \"http://127.0.0.1\" is not an http address on loopback; use http://127.0.0.1:<port>.",
                "services[2].name: \"web\" appears twice; service names must be unique.",
                "services[2].destinations.blue[0].instanceId: \"web-blue-1\" appears twice; instance ids must be unique.",
                "services[2].destinations.blue[1].instanceId: \"web-blue-2\" appears twice; instance ids must be unique.",
                "services[2].destinations.green[0].instanceId: \"web-green-1\" appears twice; instance ids must be unique.",
                "services[2].destinations.green[1].instanceId: \"web-green-2\" appears twice; instance ids must be unique.",
            ],
            errors);
    }

    [Fact]
    public void Validate_EmptyServicesAndPatterns_SayWhatToAdd()
    {
        var noPatterns = TestSnapshots.Valid with { Services = [TestSnapshots.Valid.Services[1] with { PathPatterns = [] }] };

        Assert.Equal(["services: the list is empty; add at least one web service."], RouterSnapshotValidator.Validate(TestSnapshots.Valid with { Services = [] }));
        Assert.Equal(["services[0].pathPatterns: the list is empty; use \"/*\" to match every path."], RouterSnapshotValidator.Validate(noPatterns));
    }
}
