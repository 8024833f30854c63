using System.Text.Json;
using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Driver;

public class PropertyPathTests
{
    private static readonly JsonElement State = JsonSerializer.Deserialize<JsonElement>("""
        {"healthCheck": {"path": "/health", "port": 8080},
         "defaultActions": [{"type": "forward", "targetGroupArn": "arn:tg/blue"}],
         "tags": {"app.kubernetes.io/name": "web"}}
        """);

    [Fact]
    public void Segments_MixedPath_SplitsKeysAndIndexes()
    {
        Assert.Equal(["defaultActions", 0, "forward", "targetGroups", 1, "arn"], PropertyPath.Segments("defaultActions[0].forward.targetGroups[1].arn"));
        Assert.Equal(["tags", "a.b \"c\""], PropertyPath.Segments("tags[\"a.b \\\"c\\\"\"]"));
    }

    [Theory]
    [InlineData("healthCheck.path", "\"/health\"")]
    [InlineData("healthCheck.port", "8080")]
    [InlineData("defaultActions[0].targetGroupArn", "\"arn:tg/blue\"")]
    [InlineData("tags[\"app.kubernetes.io/name\"]", "\"web\"")]
    public void Find_ExistingValue_ReturnsIt(string path, string json)
    {
        Assert.Equal(json, PropertyPath.Find(State, path)!.Value.GetRawText());
    }

    [Theory]
    [InlineData("healthCheck.matcher")]
    [InlineData("defaultActions[3].type")]
    [InlineData("healthCheck.path.deeper")]
    [InlineData("defaultActions[x]")]
    public void Find_AbsentValue_ReturnsNull(string path)
    {
        Assert.Null(PropertyPath.Find(State, path));
    }
}
