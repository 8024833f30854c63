using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.Routing;

namespace Bluegreen.Tests.Apps.Router;

public sealed class RoutingTableTests
{
    [Theory]
    [InlineData("blue", null, null, "blue", "green")]
    [InlineData("green", null, null, "green", "blue")]
    [InlineData("blue", null, "blue", "blue", "blue")]
    [InlineData("blue", "green", null, "green", "green")]
    [InlineData("green", "blue", "green", "blue", "green")]
    public void ColorOf_FollowsServedColor_UnlessOverridden(string served, string? production, string? test, string expectedProduction, string expectedTest)
    {
        var table = new RoutingTable(served, new ListenerOverrides { Production = production, Test = test });

        Assert.Equal(
            (expectedProduction, expectedTest, production is not null, test is not null),
            (table.ColorOf(ListenerKind.Production).Name(), table.ColorOf(ListenerKind.Test).Name(), table.IsOverridden(ListenerKind.Production), table.IsOverridden(ListenerKind.Test)));
    }

    [Theory]
    [InlineData("blue", "blue")]
    [InlineData("GREEN", "green")]
    [InlineData("Blue", "blue")]
    [InlineData("purple", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("blue,green", null)]
    public void TryParseHeader_MatchesColorNamesIgnoringCase(string? value, string? expected)
    {
        var matched = RouteColors.TryParseHeader(value, out var color);

        Assert.Equal(expected, matched ? color.Name() : null);
    }
}
