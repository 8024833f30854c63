using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Tests.Local.Contracts.Agent;

public class DesiredSetValidatorTests
{
    [Fact]
    public void Validate_GoodSet_HasNoErrors()
    {
        var desired = new DesiredProcessSet
        {
            Processes =
            [
                Spec("web-blue-1") with { Port = 5001, HealthUrl = "http://127.0.0.1:5001/health", WorkingDirectory = "/srv" },
                Spec("web-blue-2") with { Port = 5002 },
            ],
        };

        Assert.Empty(DesiredSetValidator.Validate(desired));
    }

    [Fact]
    public void Validate_ManyProblems_ReportsEveryOne()
    {
        var desired = new DesiredProcessSet
        {
            Processes =
            [
                Spec("Web_Blue") with { FileName = " " },
                Spec("web-blue-1") with { Port = 5001, LogFile = "logs/web.log" },
                Spec("web-blue-1") with { Port = 5001, HealthUrl = "/health" },
                Spec("web-blue-3") with { Port = 70000, WorkingDirectory = "srv" },
                Spec("web-blue-4") with { Environment = new Dictionary<string, string> { ["A=B"] = "1" } },
            ],
        };

        var errors = DesiredSetValidator.Validate(desired);

        Assert.Equal(
            [
                "processes[0] (Web_Blue): id \"Web_Blue\" is not valid; use 1-64 lower-case letters, digits and dashes, e.g. \"web-blue-1\".",
                "processes[0] (Web_Blue): fileName is empty; give the program to run, e.g. \"dotnet\".",
                "processes[1] (web-blue-1): logFile \"logs/web.log\" is not an absolute path; give one.",
                "processes[2] (web-blue-1): id \"web-blue-1\" appears more than once; give every process its own id.",
                "processes[2] (web-blue-1): healthUrl \"/health\" is not an absolute http URL; e.g. \"http://127.0.0.1:5001/health\".",
                "processes[2] (web-blue-1): port 5001 is also given to \"web-blue-1\"; give each process its own port.",
                "processes[3] (web-blue-3): workingDirectory \"srv\" is not an absolute path; give one or leave it out.",
                "processes[3] (web-blue-3): port 70000 is outside 1-65535.",
                "processes[4] (web-blue-4): environment variable name \"A=B\" is not valid; it must be non-empty and contain no '='.",
            ],
            errors);
    }

    private static ProcessSpec Spec(string id) => new() { Id = id, FileName = "dotnet", LogFile = $"/state/instances/{id}.log" };
}
