using System.Text.RegularExpressions;

namespace Bluegreen.Local.Contracts.Agent;

/// <summary>Checks a desired set before anything is started or stopped, and reports every problem at once.</summary>
internal static partial class DesiredSetValidator
{
    public static IReadOnlyList<string> Validate(DesiredProcessSet desired)
    {
        var errors = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ports = new Dictionary<int, string>();
        for (var index = 0; index < desired.Processes.Count; index++)
        {
            var spec = desired.Processes[index];
            if (spec is null)
            {
                errors.Add($"processes[{index}] is null; remove it or give a process.");
                continue;
            }

            var at = $"processes[{index}] ({spec.Id})";
            if (string.IsNullOrEmpty(spec.Id) || !IdPattern().IsMatch(spec.Id))
            {
                errors.Add($"{at}: id \"{spec.Id}\" is not valid; use 1-64 lower-case letters, digits and dashes, e.g. \"web-blue-1\".");
            }
            else if (!ids.Add(spec.Id))
            {
                errors.Add($"{at}: id \"{spec.Id}\" appears more than once; give every process its own id.");
            }

            if (string.IsNullOrWhiteSpace(spec.FileName))
            {
                errors.Add($"{at}: fileName is empty; give the program to run, e.g. \"dotnet\".");
            }

            if (string.IsNullOrEmpty(spec.LogFile) || !Path.IsPathFullyQualified(spec.LogFile))
            {
                errors.Add($"{at}: logFile \"{spec.LogFile}\" is not an absolute path; give one.");
            }

            if (spec.WorkingDirectory is not null && !Path.IsPathFullyQualified(spec.WorkingDirectory))
            {
                errors.Add($"{at}: workingDirectory \"{spec.WorkingDirectory}\" is not an absolute path; give one or leave it out.");
            }

            if (spec.HealthUrl is not null
                && !(Uri.TryCreate(spec.HealthUrl, UriKind.Absolute, out var health) && health.Scheme is "http" or "https"))
            {
                errors.Add($"{at}: healthUrl \"{spec.HealthUrl}\" is not an absolute http URL; e.g. \"http://127.0.0.1:5001/health\".");
            }

            if (spec.Port is { } port)
            {
                if (port is < 1 or > 65535)
                {
                    errors.Add($"{at}: port {port} is outside 1-65535.");
                }
                else if (!ports.TryAdd(port, spec.Id))
                {
                    errors.Add($"{at}: port {port} is also given to \"{ports[port]}\"; give each process its own port.");
                }
            }

            foreach (var name in spec.Environment.Keys.Where(name => name.Length == 0 || name.Contains('=', StringComparison.Ordinal)))
            {
                errors.Add($"{at}: environment variable name \"{name}\" is not valid; it must be non-empty and contain no '='.");
            }
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
