using System.Text.Json;
using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Driver;

public class PulumiValuesTests
{
    [Theory]
    [InlineData("\"/health\"", "/health")]
    [InlineData("8080", "8080")]
    [InlineData("true", "true")]
    [InlineData("[\"a\", 1]", "[\"a\",1]")]
    [InlineData("\"[secret]\"", "[secret]")]
    [InlineData("{\"4dabf18193072939515e22adb298388d\": \"1b47061264138c4ac30d75fd1eb44270\", \"ciphertext\": \"v1:abc\"}", "[secret]")]
    [InlineData("{\"user\": \"app\", \"password\": {\"4dabf18193072939515e22adb298388d\": \"1b47061264138c4ac30d75fd1eb44270\", \"plaintext\": \"\\\"hunter2\\\"\"}}", "{\"user\":\"app\",\"password\":\"[secret]\"}")]
    public void Text_RendersCompactlyAndMasksSecrets(string json, string text)
    {
        Assert.Equal(text, PulumiValues.Text(JsonSerializer.Deserialize<JsonElement>(json)));
    }

    [Fact]
    public void Text_AbsentOrNull_IsNull()
    {
        Assert.Null(PulumiValues.Text(null));
        Assert.Null(PulumiValues.Text(JsonSerializer.Deserialize<JsonElement>("null")));
    }
}
