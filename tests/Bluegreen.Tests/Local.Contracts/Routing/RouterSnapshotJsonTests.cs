using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Tests.Local.Contracts.Routing;

public sealed class RouterSnapshotJsonTests
{
    [Fact]
    public void SerializeThenParse_GivesTheSameSnapshot()
    {
        var json = RouterSnapshotJson.Serialize(TestSnapshots.Valid);

        var parsed = RouterSnapshotJson.Parse(json, out var errors);

        Assert.Empty(errors);
        Assert.Equal(json, RouterSnapshotJson.Serialize(parsed!));
        Assert.StartsWith("{\n  \"version\": 7,\n  \"productionPort\": 8080,", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"version\":1}", "missing required properties including: 'productionPort', 'testPort', 'adminPort', 'defaultColor', 'services'.")]
    [InlineData("{\"version\":1,\"productionPort\":1,\"testPort\":2,\"adminPort\":3,\"defaultColor\":\"blue\",\"services\":null}", "$.services")]
    [InlineData("{\"version\":1,\"productinPort\":1}", "'productinPort'")]
    [InlineData("{ \"version\": 1, ", "LineNumber: 0")]
    public void Parse_MalformedDocument_ExplainsWhere(string json, string expectedFragment)
    {
        var parsed = RouterSnapshotJson.Parse(json, out var errors);

        Assert.Null(parsed);
        Assert.Contains(expectedFragment, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JsonNull_SaysAnObjectIsExpected()
    {
        Assert.Null(RouterSnapshotJson.Parse("null", out var errors));
        Assert.Equal(["the document is JSON null; expected an object with productionPort, testPort, adminPort, defaultColor and services."], errors);
    }

    [Fact]
    public void Parse_WellFormedButInvalid_ReturnsValidationErrors()
    {
        var json = RouterSnapshotJson.Serialize(TestSnapshots.Valid with { DefaultColor = "teal" });

        Assert.Null(RouterSnapshotJson.Parse(json, out var errors));
        Assert.Equal(["defaultColor: \"teal\" is not a color; use \"blue\" or \"green\"."], errors);
    }
}
