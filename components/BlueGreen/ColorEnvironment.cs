using Bluegreen.Components.Aws.Monitoring;
using Bluegreen.Components.Aws.Providers;
using Bluegreen.Components.Aws.Rds;
using Bluegreen.Components.Model;
using static Bluegreen.Components.BlueGreen.ColorEnvironmentInputs;

namespace Bluegreen.Components.BlueGreen;

/// <summary>
/// One color: for every service a task definition and an ECS service; for every web service a target group, an X-Color
/// header rule on the test listener, a routing rule on the listener this color serves and two alarms; a read replica of the
/// primary with a lag alarm. Every dependency points from the color to shared resources, never the other way, so
/// destroying a color with its dependents leaves the other color and production routing alone. The same
/// <see cref="Build"/> produces the component package's definition (arguments are the inputs) and the concrete
/// resources parity compares (arguments are a stack's values), so blue and green cannot grow apart.
/// </summary>
public static class ColorEnvironment
{
    public const string ComponentName = "ColorEnvironment";
    public const string ColorHeader = "X-Color";
    public const int ServerErrorRateThresholdPercent = 5;

    /// <summary>The component variable holding the color that is not this one, so no expression names blue or green.</summary>
    public const string OtherColor = "otherColor";

    /// <summary>The component as the package declares it, once, for both colors.</summary>
    public static ComponentDefinition Define(AppDefinition app)
    {
        var args = ColorEnvironmentArgs.FromInputReferences(app);
        var built = Build(app, args);
        return new ComponentDefinition
        {
            Name = ComponentName,
            Inputs = args.Declarations,
            Variables = built.Variables,
            Resources = built.Resources,
            Outputs = built.Outputs,
        };
    }

    public static BuiltColor Build(AppDefinition app, ColorEnvironmentArgs args)
    {
        var otherColor = new NamedValue(OtherColor, ColorSelection.Other(args[Color]));
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
            var routing = service.Kind == ServiceKind.Web ? WebRouting.For(service, webIndex++, args, otherColor.Ref) : null;
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
            args[AlarmTopicArn],
            replica.Output("identifier"),
            args[MaxReplicaLagSeconds]));
        outputs.Add(new NamedValue(ColorEnvironmentOutputs.ReplicaAddress, replica.Output("address")));
        outputs.Add(new NamedValue(ColorEnvironmentOutputs.ReplicaIdentifier, replica.Output("identifier")));
        return new BuiltColor([otherColor], [PinnedProviders.Aws(ColorEnvironmentResources.AwsProvider, args[Region], isDefault: false), .. resources.Select(OnPinnedProvider)], outputs);
    }

    /// <summary>
    /// Every child names the color's pinned provider itself: a component template gets no default providers (pulumi-yaml
    /// run.go <c>RunComponentTemplate</c> never calls <c>setDefaultProviders</c>, which only <c>PrepareTemplate</c> does
    /// for programs), so <c>defaultProvider: true</c> would leave the children on an unpinned default provider.
    /// </summary>
    private static Resource OnPinnedProvider(Resource resource) =>
        resource.WithOptions(resource.Options with { Provider = ColorEnvironmentResources.AwsProvider });
}

/// <summary>A color's variables, resources and outputs.</summary>
public sealed record BuiltColor(IReadOnlyList<NamedValue> Variables, IReadOnlyList<Resource> Resources, IReadOnlyList<NamedValue> Outputs);
