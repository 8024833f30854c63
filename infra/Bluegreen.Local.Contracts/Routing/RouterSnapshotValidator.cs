namespace Bluegreen.Local.Contracts.Routing;

/// <summary>Checks a whole snapshot and returns every problem, each naming the field, the value and the fix.</summary>
public static class RouterSnapshotValidator
{
    private const int MinProbeMs = 50;
    private const int MaxProbeMs = 60_000;

    public static IReadOnlyList<string> Validate(RouterSnapshot snapshot)
    {
        var errors = new List<string>();
        ValidatePorts(snapshot, errors);
        if (!RouterColors.IsKnown(snapshot.DefaultColor))
        {
            errors.Add($"defaultColor: \"{snapshot.DefaultColor}\" is not a color; use {RouterColors.AllowedValues}.");
        }

        if (snapshot.Services.Count == 0)
        {
            errors.Add("services: the list is empty; add at least one web service.");
        }

        var serviceNames = new HashSet<string>(StringComparer.Ordinal);
        var instanceIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Services.Count; i++)
        {
            var service = snapshot.Services[i];
            var at = $"services[{i}]";
            if (!IsServiceName(service.Name))
            {
                errors.Add($"{at}.name: \"{service.Name}\" must be lower-case letters, digits and dashes.");
            }
            else if (!serviceNames.Add(service.Name))
            {
                errors.Add($"{at}.name: \"{service.Name}\" appears twice; service names must be unique.");
            }

            ValidatePatterns(service, at, errors);
            ValidateHealthCheck(service.HealthCheck, $"{at}.healthCheck", errors);
            foreach (var color in RouterColors.All)
            {
                ValidateDestinations(service.Destinations.For(color), $"{at}.destinations.{color}", instanceIds, errors);
            }
        }

        return errors;
    }

    private static void ValidatePorts(RouterSnapshot snapshot, List<string> errors)
    {
        (string Name, int Port)[] ports =
        [
            ("productionPort", snapshot.ProductionPort),
            ("testPort", snapshot.TestPort),
            ("adminPort", snapshot.AdminPort),
        ];
        foreach (var (name, port) in ports)
        {
            if (port is < 1 or > 65535)
            {
                errors.Add($"{name}: {port} is not a TCP port; use 1 to 65535.");
            }
        }

        for (var i = 0; i < ports.Length; i++)
        {
            for (var j = i + 1; j < ports.Length; j++)
            {
                if (ports[i].Port == ports[j].Port)
                {
                    errors.Add($"{ports[i].Name} and {ports[j].Name} are both {ports[i].Port}; each listener needs its own port.");
                }
            }
        }
    }

    private static void ValidatePatterns(RouterService service, string at, List<string> errors)
    {
        if (service.PathPatterns.Count == 0)
        {
            errors.Add($"{at}.pathPatterns: the list is empty; use \"/*\" to match every path.");
        }

        for (var p = 0; p < service.PathPatterns.Count; p++)
        {
            if (!PathPatterns.TryToRouteTemplate(service.PathPatterns[p], out _, out var reason))
            {
                errors.Add($"{at}.pathPatterns[{p}]: \"{service.PathPatterns[p]}\" {reason}.");
            }
        }
    }

    private static void ValidateHealthCheck(RouterHealthCheck check, string at, List<string> errors)
    {
        if (!check.Path.StartsWith('/'))
        {
            errors.Add($"{at}.path: \"{check.Path}\" must start with \"/\", e.g. \"/health\".");
        }

        if (check.IntervalMs is < MinProbeMs or > MaxProbeMs)
        {
            errors.Add($"{at}.intervalMs: {check.IntervalMs} is out of range; use {MinProbeMs} to {MaxProbeMs}.");
        }

        if (check.TimeoutMs is < MinProbeMs or > MaxProbeMs)
        {
            errors.Add($"{at}.timeoutMs: {check.TimeoutMs} is out of range; use {MinProbeMs} to {MaxProbeMs}.");
        }

        if (check.UnhealthyThreshold is < 1 or > 100)
        {
            errors.Add($"{at}.unhealthyThreshold: {check.UnhealthyThreshold} is out of range; use 1 to 100.");
        }
    }

    private static void ValidateDestinations(
        IReadOnlyList<RouterDestination> destinations, string at, HashSet<string> instanceIds, List<string> errors)
    {
        for (var d = 0; d < destinations.Count; d++)
        {
            var destination = destinations[d];
            if (string.IsNullOrWhiteSpace(destination.InstanceId))
            {
                errors.Add($"{at}[{d}].instanceId: is empty; give every instance an id such as \"web-blue-1\".");
            }
            else if (!instanceIds.Add(destination.InstanceId))
            {
                errors.Add($"{at}[{d}].instanceId: \"{destination.InstanceId}\" appears twice; instance ids must be unique.");
            }

            if (!IsLoopbackHttp(destination.Address))
            {
                errors.Add($"{at}[{d}].address: \"{destination.Address}\" is not an http address on loopback; use http://127.0.0.1:<port>.");
            }
        }
    }

    private static bool IsServiceName(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static bool IsLoopbackHttp(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.IsLoopback
        && !uri.IsDefaultPort
        && uri.AbsolutePath == "/"
        && uri.Query.Length == 0;
}
