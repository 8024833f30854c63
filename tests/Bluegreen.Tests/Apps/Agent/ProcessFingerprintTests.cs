using System.Runtime.Versioning;
using Bluegreen.Agent.State;
using ProcessLabels = Bluegreen.Local.Contracts.Agent.ProcessLabels;
using ProcessSpec = Bluegreen.Local.Contracts.Agent.ProcessSpec;

namespace Bluegreen.Tests.Apps.Agent;

[SupportedOSPlatform("linux")]
public class ProcessFingerprintTests
{
    private static readonly ProcessSpec Base = new()
    {
        Id = "web-blue-1",
        FileName = "dotnet",
        Arguments = ["app.dll", "--role", "web"],
        Environment = new Dictionary<string, string> { ["A"] = "1", ["B"] = "2" },
        LogFile = "/state/instances/web-blue-1.log",
        HealthUrl = "http://127.0.0.1:5001/health",
        Port = 5001,
        Labels = new ProcessLabels { Service = "web", Color = "blue", Role = "web" },
    };

    [Fact]
    public void Of_SameEnvironmentInAnotherOrder_IsEqual()
    {
        var reordered = Base with { Environment = new Dictionary<string, string> { ["B"] = "2", ["A"] = "1" } };

        Assert.Equal(ProcessFingerprint.Of(Base), ProcessFingerprint.Of(reordered));
    }

    [Fact]
    public void Of_IsSixteenLowerCaseHexDigits()
    {
        Assert.Matches("^[0-9a-f]{16}$", ProcessFingerprint.Of(Base));
    }

    [Theory]
    [InlineData("argument")]
    [InlineData("environment value")]
    [InlineData("file name")]
    [InlineData("port")]
    [InlineData("health url")]
    [InlineData("log file")]
    [InlineData("label")]
    public void Of_AnyChangedField_Differs(string field)
    {
        var changed = field switch
        {
            "argument" => Base with { Arguments = ["app.dll", "--role", "worker"] },
            "environment value" => Base with { Environment = new Dictionary<string, string> { ["A"] = "1", ["B"] = "3" } },
            "file name" => Base with { FileName = "/usr/bin/dotnet" },
            "port" => Base with { Port = 5002 },
            "health url" => Base with { HealthUrl = "http://127.0.0.1:5001/health/ready" },
            "log file" => Base with { LogFile = "/state/instances/other.log" },
            _ => Base with { Labels = Base.Labels with { Color = "green" } },
        };

        Assert.NotEqual(ProcessFingerprint.Of(Base), ProcessFingerprint.Of(changed));
    }
}
