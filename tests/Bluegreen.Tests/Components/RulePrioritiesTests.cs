using Bluegreen.Components;
using Bluegreen.Components.BlueGreen;

namespace Bluegreen.Tests.Components;

public class RulePrioritiesTests
{
    [Fact]
    public void EveryRuleOfEitherColorHasItsOwnPriority_AndHeaderRulesComeFirst()
    {
        const int webServices = 33;

        var header = Enumerable.Range(0, webServices).SelectMany(RulePriorities.HeaderRule).ToList();
        var routing = Enumerable.Range(0, webServices).SelectMany(RulePriorities.RoutingRule).ToList();

        Assert.Equal(4 * webServices, header.Concat(routing).Distinct().Count());
        Assert.True(header.Max() < routing.Min());
        Assert.Equal([1, 2], RulePriorities.HeaderRule(0));
        Assert.Equal([10000, 10001], RulePriorities.RoutingRule(0));
        Assert.Equal([10064, 10065], RulePriorities.RoutingRule(32));
    }

    [Fact]
    public void Slots_AreZeroForBlueAndOneForGreen()
    {
        Assert.Equal(0, RulePriorities.Slot(DeploymentColor.Blue));
        Assert.Equal(1, RulePriorities.Slot(DeploymentColor.Green));
    }
}
