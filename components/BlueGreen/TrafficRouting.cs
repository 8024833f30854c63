using Bluegreen.Components.Aws.Elb;
using Bluegreen.Components.Model;

namespace Bluegreen.Components.BlueGreen;

/// <summary>
/// The flip. Per web service, a routing rule on each listener (paths only): production forwards to the active color's
/// target group, test to the idle color's. Only these rules change when activeColor changes; the colors do not.
/// </summary>
public sealed class TrafficRouting
{
    public TrafficRouting(AppDefinition app, TrafficRoutingArgs args)
    {
        var variables = new List<NamedValue>();
        var resources = new List<Resource>();
        foreach (var (service, index) in app.WebServices.Select((service, index) => (service, index)))
        {
            var output = ColorEnvironmentOutputs.TargetGroupArn(service);
            var blueArn = args.Blue.Property(output);
            var greenArn = args.Green.Property(output);
            var active = new NamedValue(ActiveTargetGroupVariable(service), ColorSelection.Choose(args.ActiveColor, blueArn, greenArn));
            var idle = new NamedValue(IdleTargetGroupVariable(service), ColorSelection.Choose(args.IdleColor, blueArn, greenArn));
            variables.AddRange([active, idle]);
            Expr[] conditions = [ListenerRules.PathPattern(service.RoutedPaths)];
            var priority = RulePriorities.RoutingRule(index);
            resources.Add(ListenerRules.Forward(ProductionRule(service), args.ProductionListenerArn, priority, conditions, active.Ref));
            resources.Add(ListenerRules.Forward(TestRule(service), args.TestListenerArn, priority, conditions, idle.Ref));
        }

        Variables = variables;
        Resources = resources;
    }

    public IReadOnlyList<NamedValue> Variables { get; }

    public IReadOnlyList<Resource> Resources { get; }

    public static string ProductionRule(ServiceDefinition service) => $"{service.Name}ProductionRoutingRule";

    public static string TestRule(ServiceDefinition service) => $"{service.Name}TestRoutingRule";

    public static string ActiveTargetGroupVariable(ServiceDefinition service) => $"{service.Name}ActiveTargetGroupArn";

    public static string IdleTargetGroupVariable(ServiceDefinition service) => $"{service.Name}IdleTargetGroupArn";
}

public sealed record TrafficRoutingArgs
{
    public required Expr ActiveColor { get; init; }

    public required Expr IdleColor { get; init; }

    /// <summary>The blue ColorEnvironment instance, whose outputs are read as <c>${blue.output}</c>.</summary>
    public required Reference Blue { get; init; }

    public required Reference Green { get; init; }

    public required Expr ProductionListenerArn { get; init; }

    public required Expr TestListenerArn { get; init; }
}
