using Bluegreen.Components.Aws.Elb;
using Bluegreen.Components.Aws.Monitoring;
using Bluegreen.Components.Model;
using static Bluegreen.Components.BlueGreen.ColorEnvironmentInputs;

namespace Bluegreen.Components.BlueGreen;

/// <summary>What a web service adds to a color: its target group, the rules that send traffic to it, and its alarms.</summary>
internal sealed record WebRouting(Resource TargetGroup, IReadOnlyList<Resource> Resources, IReadOnlyList<string> AttachingRules)
{
    /// <summary>
    /// The header rule (paths + X-Color) sits on the test listener only, which the security group opens to the test
    /// CIDR alone: a header must never reach the idle color through the public production listener. The routing rule
    /// (paths only) sits on the production listener while this color is active, on the test listener while it is idle.
    /// </summary>
    public static WebRouting For(ServiceDefinition service, int webIndex, ColorEnvironmentArgs args, Expr otherColor)
    {
        var targetGroup = TargetGroups.ForService(ColorEnvironmentResources.TargetGroup(service), service, args[VpcId]);
        var paths = ListenerRules.PathPattern(service.RoutedPaths);
        var headerPriority = BySlot(args, RulePriorities.HeaderRule(webIndex));
        Expr[] headerConditions = [paths, ListenerRules.HttpHeader(ColorEnvironment.ColorHeader, args[Color])];
        var test = ListenerRules.Forward(ColorEnvironmentResources.TestHeaderRule(service), args[TestListenerArn], headerPriority, headerConditions, targetGroup.Output("arn"));

        // A flip changes listenerArn, which replaces the rule. Pulumi creates the replacement before it deletes the old
        // rule (so no deleteBeforeReplace here): for a moment both colors' routing rules sit on the production listener,
        // each at its own slot's priority, and the old one keeps winning until it is deleted. Production always has a rule.
        var listener = ColorSelection.ForColor(args[ActiveColor], args[Color], otherColor, args[ProductionListenerArn], args[TestListenerArn]);
        var routing = ListenerRules.Forward(ColorEnvironmentResources.RoutingRule(service), listener, BySlot(args, RulePriorities.RoutingRule(webIndex)), [paths], targetGroup.Output("arn"));

        var alarmPrefix = Expr.Format($"{args[NamePrefix]}-{service.Name}-{args[Color]}");
        var errorRate = Alarms.ServerErrorRate(
            ColorEnvironmentResources.ErrorRateAlarm(service), Expr.Format($"{alarmPrefix}-5xx-rate"), args[AlarmTopicArn],
            args[LoadBalancerArnSuffix], targetGroup.Output("arnSuffix"), ColorEnvironment.ServerErrorRateThresholdPercent);
        var unhealthy = Alarms.UnhealthyHosts(
            ColorEnvironmentResources.UnhealthyHostsAlarm(service), Expr.Format($"{alarmPrefix}-unhealthy-hosts"), args[AlarmTopicArn],
            args[LoadBalancerArnSuffix], targetGroup.Output("arnSuffix"));
        return new WebRouting(targetGroup, [targetGroup, test, routing, errorRate, unhealthy], [test.Name]);
    }

    private static SelectCall BySlot(ColorEnvironmentArgs args, IReadOnlyList<int> priorities) =>
        Fn.Select(args[PrioritySlot], Expr.List(priorities.Select(p => (Expr)p)));
}
