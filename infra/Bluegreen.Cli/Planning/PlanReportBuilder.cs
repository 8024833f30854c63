using Bluegreen.Components;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Cli.Planning;

/// <summary>Derives the plan from the app's shape and a stack's validated settings.</summary>
internal static class PlanReportBuilder
{
    public const string LocalReplica = "local";

    public static PlanReport Build(AppDefinition app, StackSettings settings) => new(
        settings.StackName,
        settings.Engine == EngineKind.Aws ? "aws" : "local",
        settings.Aws?.Region,
        settings.Aws?.ImageRegistry,
        settings.ActiveColor.Name(),
        settings.IdleColor.Name(),
        [.. DeploymentColors.All.Select(color => Color(app, settings, color))],
        Placeholders.In(settings));

    private static ColorPlan Color(AppDefinition app, StackSettings settings, DeploymentColor color)
    {
        var active = color == settings.ActiveColor;
        var listener = active ? "production" : "test";
        var port = (settings.Aws, settings.Local) switch
        {
            ({ } aws, _) => active ? aws.ProductionPort : aws.TestPort,
            (_, { } local) => active ? local.ProductionPort : local.TestPort,
            _ => 0,
        };
        return new ColorPlan(
            color.Name(),
            active ? "active" : "idle",
            listener,
            port,
            settings.ImageTag(color),
            settings.Aws is null ? LocalReplica : settings.Database.ReplicaInstanceClass,
            [.. app.Services.Select(service => Service(service, settings, color, listener, active))]);
    }

    private static ServicePlan Service(ServiceDefinition service, StackSettings settings, DeploymentColor color, string listener, bool active)
    {
        var sizes = settings.Services[service.Name];
        var web = service.Kind == ServiceKind.Web;
        var image = settings.Aws is { } aws
            ? $"{aws.ImageRegistry}/{service.ImageRepository}:{settings.ImageTag(color)}"
            : sizes.LocalCommand ?? $"{service.ImageRepository}:{settings.ImageTag(color)}";
        return new ServicePlan(
            service.Name,
            web ? "web" : "worker",
            image,
            sizes.DesiredCount,
            settings.Aws is null ? null : sizes.Cpu,
            settings.Aws is null ? null : sizes.MemoryMiB,
            web ? service.RoutedPaths : [],
            web ? listener : null,
            web ? null : active);
    }
}
