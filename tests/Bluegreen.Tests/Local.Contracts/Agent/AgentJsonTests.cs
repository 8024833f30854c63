using System.Text.Json;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Tests.Local.Contracts.Agent;

public class AgentJsonTests
{
    [Fact]
    public void Serialize_Status_UsesCamelCaseMembersAndKebabCaseStates()
    {
        var status = new ProcessStatus
        {
            Id = "web-blue-1",
            Labels = new ProcessLabels { Service = "web", Color = "blue", Role = "web" },
            Fingerprint = "0123456789abcdef",
            State = ProcessState.BackingOff,
            Port = 5001,
            Restarts = 3,
            LastExitCode = 137,
            LastExitAt = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero),
            NextStartAt = new DateTimeOffset(2026, 11, 1, 12, 0, 1, TimeSpan.Zero),
            Error = "exited with code 137",
        };

        var json = JsonSerializer.Serialize(status, new JsonSerializerOptions(AgentJson.Options) { WriteIndented = false });

        Assert.Equal(
            "{\"id\":\"web-blue-1\",\"labels\":{\"service\":\"web\",\"color\":\"blue\",\"role\":\"web\"},\"fingerprint\":\"0123456789abcdef\","
            + "\"state\":\"backing-off\",\"port\":5001,\"healthy\":false,\"restarts\":3,\"lastExitCode\":137,"
            + "\"lastExitAt\":\"2026-11-01T12:00:00+00:00\",\"nextStartAt\":\"2026-11-01T12:00:01+00:00\",\"error\":\"exited with code 137\"}",
            json);
    }

    [Fact]
    public void Deserialize_NullArguments_IsRefused()
    {
        const string json = "{\"processes\":[{\"id\":\"a\",\"fileName\":\"dotnet\",\"logFile\":\"/l\",\"arguments\":null}]}";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DesiredProcessSet>(json, AgentJson.Options));
    }

    [Fact]
    public void Deserialize_MissingLogFile_NamesTheMissingProperty()
    {
        const string json = "{\"processes\":[{\"id\":\"a\",\"fileName\":\"dotnet\"}]}";

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DesiredProcessSet>(json, AgentJson.Options));

        Assert.Contains("logFile", error.Message, StringComparison.Ordinal);
    }
}
