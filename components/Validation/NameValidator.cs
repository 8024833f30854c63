using System.Text.RegularExpressions;

namespace Bluegreen.Components.Validation;

/// <summary>App and service names end up in AWS names and setting keys, so they are short and plain.</summary>
internal sealed partial class NameValidator : IAppShapeValidator
{
    public IEnumerable<string> Validate(AppDefinition app)
    {
        if (!AppNamePattern().IsMatch(app.Name))
        {
            yield return $"App name \"{app.Name}\" must be 1 to 20 lower-case letters, digits or dashes, starting with a letter: it prefixes AWS resource names.";
        }

        if (app.Services.Count == 0)
        {
            yield return "The app has no services; add at least one ServiceDefinition.";
        }

        foreach (var service in app.Services.Where(s => !ServiceNamePattern().IsMatch(s.Name)))
        {
            yield return $"Service name \"{service.Name}\" must be 1 to 20 lower-case letters or digits, starting with a letter: it becomes part of setting keys such as {service.Name}DesiredCount.";
        }

        foreach (var name in app.Services.GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return $"Service name \"{name}\" is used by {app.Services.Count(s => s.Name == name)} services; give each service its own name.";
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,19}$")]
    private static partial Regex AppNamePattern();

    [GeneratedRegex("^[a-z][a-z0-9]{0,19}$")]
    private static partial Regex ServiceNamePattern();
}
