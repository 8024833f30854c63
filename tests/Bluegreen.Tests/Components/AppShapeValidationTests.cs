using Bluegreen.Components;
using Bluegreen.Components.Validation;

namespace Bluegreen.Tests.Components;

public class AppShapeValidationTests
{
    [Fact]
    public void SampleApp_IsValid()
    {
        Assert.Empty(AppShapeValidation.Validate(TestApps.Sample));
        Assert.Empty(AppShapeValidation.Validate(TestApps.ApiAndSite));
    }

    [Fact]
    public void TwoServicesWithTheSamePath_AreRejected()
    {
        var app = TestApps.WithServices(TestApps.Web("api", "/api/*"), TestApps.Web("admin", "/api/*", "/admin/*"), TestApps.Web("site"));

        var problem = Assert.Single(AppShapeValidation.Validate(app));

        Assert.Equal("Path \"/api/*\" is routed by \"api\" and \"admin\"; each path may belong to one web service.", problem);
    }

    [Fact]
    public void ACatchAllServiceBeforeAnother_IsRejected()
    {
        var app = TestApps.WithServices(TestApps.Web("site"), TestApps.Web("api", "/api/*"));

        var problem = Assert.Single(AppShapeValidation.Validate(app));

        Assert.Equal("Web service \"site\" takes every path (\"/*\") but \"api\" comes after it and would never be reached; move \"site\" to the end of the services.", problem);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var app = new AppDefinition
        {
            Name = "Shop",
            Services =
            [
                TestApps.Web("web", "api/*") with { ContainerPort = 0 },
                TestApps.Worker("web") with { PathPatterns = ["/jobs"], HealthCheckPath = "health" },
                TestApps.Worker("my-worker"),
            ],
        };

        Assert.Equal(
        [
            "App name \"Shop\" must be 1 to 20 lower-case letters, digits or dashes, starting with a letter: it prefixes AWS resource names.",
            "Service name \"my-worker\" must be 1 to 20 lower-case letters or digits, starting with a letter: it becomes part of setting keys such as my-workerDesiredCount.",
            "Service name \"web\" is used by 2 services; give each service its own name.",
            "Service \"web\" has container port 0; use a port from 1 to 65535.",
            "Service \"web\" has health check path \"health\"; it must start with \"/\", e.g. \"/health\".",
            "Worker \"web\" has path patterns, but workers are not behind the load balancer; remove them or make it a web service.",
            "Path pattern \"api/*\" of service \"web\" must start with \"/\", e.g. \"/api/*\".",
        ], AppShapeValidation.Validate(app));
    }

    [Fact]
    public void MoreWebServicesThanTheTestListenerHoldsDuringAFlip_AreRejected()
    {
        var services = Enumerable.Range(0, 26).Select(i => TestApps.Web($"web{i}", $"/s{i}/*")).ToArray();

        var problem = Assert.Single(AppShapeValidation.Validate(TestApps.WithServices(services)));

        Assert.StartsWith("The app has 26 web services; each needs 4 rules per listener", problem, StringComparison.Ordinal);
        Assert.Empty(AppShapeValidation.Validate(TestApps.WithServices(services[..25])));
    }

    [Fact]
    public void FivePathPatterns_DoNotFitARuleWithTheColorHeader()
    {
        var app = TestApps.WithServices(TestApps.Web("api", "/a", "/b", "/c", "/d", "/e"));

        var problem = Assert.Single(AppShapeValidation.Validate(app));

        Assert.Equal("Service \"api\" has 5 path patterns; a listener rule holds at most 4 next to the X-Color header. Use wildcards or split the service.", problem);
    }
}
