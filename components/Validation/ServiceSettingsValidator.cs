namespace Bluegreen.Components.Validation;

/// <summary>Per-service values: image repository, ports, health check path, drain time, and paths only on web services.</summary>
internal sealed class ServiceSettingsValidator : IAppShapeValidator
{
    public IEnumerable<string> Validate(AppDefinition app)
    {
        foreach (var service in app.Services)
        {
            if (string.IsNullOrWhiteSpace(service.ImageRepository) || service.ImageRepository.Contains(':', StringComparison.Ordinal))
            {
                yield return $"Service \"{service.Name}\" needs an image repository without registry or tag, such as \"shop/{service.Name}\"; got \"{service.ImageRepository}\".";
            }

            if (service.ContainerPort is < 1 or > 65535)
            {
                yield return $"Service \"{service.Name}\" has container port {service.ContainerPort}; use a port from 1 to 65535.";
            }

            if (!service.HealthCheckPath.StartsWith('/'))
            {
                yield return $"Service \"{service.Name}\" has health check path \"{service.HealthCheckPath}\"; it must start with \"/\", e.g. \"/health\".";
            }

            if (service.DeregistrationDelaySeconds is < 0 or > 3600)
            {
                yield return $"Service \"{service.Name}\" drains for {service.DeregistrationDelaySeconds} s; the load balancer allows 0 to 3600.";
            }

            if (service.Kind == ServiceKind.Worker && service.PathPatterns.Count > 0)
            {
                yield return $"Worker \"{service.Name}\" has path patterns, but workers are not behind the load balancer; remove them or make it a web service.";
            }
        }
    }
}
