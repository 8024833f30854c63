using Bluegreen.Components.Aws.Elb;
using Bluegreen.Components.Aws.Monitoring;
using Bluegreen.Components.Aws.Rds;
using Bluegreen.Components.Model;
using static Bluegreen.Components.BlueGreen.ColorEnvironmentInputs;

namespace Bluegreen.Components.BlueGreen;

/// <summary>
/// One color: for every service a task definition and an ECS service; for every web service a target group, an X-Color
/// header rule on each listener and two alarms; a read replica of the primary with a lag alarm. The same
/// <see cref="Build"/> produces the component package's definition (arguments are the inputs) and the concrete
/// resources parity compares (arguments are a stack's values), so blue and green cannot grow apart.
/// </summary>
public static class ColorEnvironment
{
    public const string ComponentName = "ColorEnvironment";
    public const string ColorHeader = "X-Color";
    public const int ServerErrorRateThresholdPercent = 5;

    /// <summary>The component as the package declares it, once, for both colors.</summary>
    public static ComponentDefinition Define(AppDefinition app)
    {
        var args = ColorEnvironmentArgs.FromInputReferences(app);
        var built = Build(app, args);
        return new ComponentDefinition
        {
            Name = ComponentName,
            Inputs = args.Declarations,
            Resources = built.Resources,
            Outputs = built.Outputs,
        };
    }

    public static BuiltColor Build(AppDefinition app, ColorEnvironmentArgs args)
    {
        var replica = ReadReplica.Of(ColorEnvironmentResources.Replica, new ReadReplicaArgs
        {
            Identifier = Expr.Format($"{args[NamePrefix]}-replica-{args[Color]}"),
            SourceIdentifier = args[PrimaryDbIdentifier],
            InstanceClass = args[DbReplicaInstanceClass],
            SecurityGroupId = args[DatabaseSecurityGroupId],
        });
        var resources = new List<Resource> { replica };
        var outputs = new List<NamedValue> { new(ColorEnvironmentOutputs.Color, args[Color]) };
        var webIndex = 0;
        foreach (var service in app.Services)
        {
            var routing = service.Kind == ServiceKind.Web ? WebRouting(service, webIndex++, args) : null;
            var services = new ServiceResources(service, args, replica.Output("address"));
            resources.AddRange(routing?.Resources ?? []);
            resources.AddRange(services.Build(routing));
            outputs.Add(new NamedValue(ColorEnvironmentOutputs.ServiceName(service), services.ServiceName));
            if (routing is not null)
            {
                outputs.Add(new NamedValue(ColorEnvironmentOutputs.TargetGroupArn(service), routing.TargetGroup.Output("arn")));
            }
        }

        resources.Add(Alarms.ReplicaLag(
            ColorEnvironmentResources.ReplicaLagAlarm,
            Expr.Format($"{args[NamePrefix]}-replica-{args[Color]}-lag"),
            replica.Output("identifier"),
            args[MaxReplicaLagSeconds]));
        outputs.Add(new NamedValue(ColorEnvironmentOutputs.ReplicaAddress, replica.Output("address")));
        outputs.Add(new NamedValue(ColorEnvironmentOutputs.ReplicaIdentifier, replica.Output("identifier")));
        return new BuiltColor(resources, outputs);
    }

    private static WebRouting WebRouting(ServiceDefinition service, int webIndex, ColorEnvironmentArgs args)
    {
        var targetGroup = TargetGroups.ForService(ColorEnvironmentResources.TargetGroup(service), service, args[VpcId]);
        var priority = Fn.Select(args[PrioritySlot], Expr.List(RulePriorities.HeaderRule(webIndex).Select(p => (Expr)p)));
        Expr[] conditions = [ListenerRules.PathPattern(service.RoutedPaths), ListenerRules.HttpHeader(ColorHeader, args[Color])];
        var production = ListenerRules.Forward(ColorEnvironmentResources.ProductionHeaderRule(service), args[ProductionListenerArn], priority, conditions, targetGroup.Output("arn"));
        var test = ListenerRules.Forward(ColorEnvironmentResources.TestHeaderRule(service), args[TestListenerArn], priority, conditions, targetGroup.Output("arn"));
        var alarmPrefix = Expr.Format($"{args[NamePrefix]}-{service.Name}-{args[Color]}");
        var errorRate = Alarms.ServerErrorRate(
            ColorEnvironmentResources.ErrorRateAlarm(service), Expr.Format($"{alarmPrefix}-5xx-rate"),
            args[LoadBalancerArnSuffix], targetGroup.Output("arnSuffix"), ServerErrorRateThresholdPercent);
        var unhealthy = Alarms.UnhealthyHosts(
            ColorEnvironmentResources.UnhealthyHostsAlarm(service), Expr.Format($"{alarmPrefix}-unhealthy-hosts"),
            args[LoadBalancerArnSuffix], targetGroup.Output("arnSuffix"));
        return new WebRouting(targetGroup, [targetGroup, production, test, errorRate, unhealthy], [production.Name, test.Name]);
    }
}

/// <summary>A color's resources and outputs.</summary>
public sealed record BuiltColor(IReadOnlyList<Resource> Resources, IReadOnlyList<NamedValue> Outputs);

/// <summary>What a web service adds to a color: its target group and the rules that attach it to the listeners.</summary>
internal sealed record WebRouting(Resource TargetGroup, IReadOnlyList<Resource> Resources, IReadOnlyList<string> AttachingRules);
