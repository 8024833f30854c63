namespace Bluegreen.Components.Validation;

/// <summary>
/// Listener paths: each belongs to one web service, starts with "/", and the catch-all ("/*", or no paths) comes last,
/// because rules are evaluated in service order and a catch-all would hide the services after it.
/// </summary>
internal sealed class PathValidator : IAppShapeValidator
{
    /// <summary>A rule allows five condition values; the X-Color header takes one.</summary>
    public const int MaxPathPatterns = 4;

    public IEnumerable<string> Validate(AppDefinition app)
    {
        var web = app.WebServices.ToList();
        foreach (var service in web)
        {
            foreach (var path in service.PathPatterns.Where(p => !p.StartsWith('/')))
            {
                yield return $"Path pattern \"{path}\" of service \"{service.Name}\" must start with \"/\", e.g. \"/{path.TrimStart('/')}\".";
            }

            if (service.PathPatterns.Count > MaxPathPatterns)
            {
                yield return $"Service \"{service.Name}\" has {service.PathPatterns.Count} path patterns; a listener rule holds at most {MaxPathPatterns} next to the X-Color header. Use wildcards or split the service.";
            }
        }

        var owners = web.SelectMany(service => service.RoutedPaths.Select(path => (path, service.Name)))
            .GroupBy(pair => pair.path, StringComparer.Ordinal);
        foreach (var shared in owners.Where(group => group.Count() > 1))
        {
            var names = shared.Select(pair => $"\"{pair.Name}\"").Distinct().ToList();
            yield return names.Count == 1
                ? $"Path \"{shared.Key}\" is listed more than once by service {names[0]}; list it once."
                : $"Path \"{shared.Key}\" is routed by {string.Join(" and ", names)}; each path may belong to one web service.";
        }

        for (var i = 0; i < web.Count - 1; i++)
        {
            if (web[i].RoutedPaths.Contains(ServiceDefinition.CatchAllPath))
            {
                yield return $"Web service \"{web[i].Name}\" takes every path (\"{ServiceDefinition.CatchAllPath}\") but \"{web[i + 1].Name}\" comes after it and would never be reached; move \"{web[i].Name}\" to the end of the services.";
            }
        }
    }
}
