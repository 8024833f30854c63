using Bluegreen.Components;
using Bluegreen.Stacks.Config;

namespace Bluegreen.Stacks.Settings;

/// <summary>
/// Reads a stack file's text into <see cref="StackSettings"/>, collecting every problem instead of stopping at the
/// first. Each message names the key, the value received and the command that fixes it.
/// </summary>
public static class StackSettingsParser
{
    /// <summary>Namespaces of providers the program uses; their keys are passed to the provider unchecked.</summary>
    private static readonly string[] ProviderNamespaces = ["aws", "random"];

    public static StackLoadResult Parse(AppDefinition app, string stackName, string text)
    {
        var schema = ConfigSchema.For(app);
        var errors = new List<SettingsError>();
        var document = StackFileDocument.Parse(text, errors);
        var values = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, node) in document.Config)
        {
            var key = schema.Find(name);
            if (key is null)
            {
                if (!IsProviderKey(name))
                {
                    errors.Add(Unknown(name, schema, stackName));
                }

                continue;
            }

            var value = ConfigValueReader.Read(key, node, out var typeProblem);
            var problem = value is null ? typeProblem : key.Rule?.Problem(value) is { } expected ? $"is {value.Display}, but it must be {expected}" : null;
            if (problem is not null)
            {
                failed.Add(name);
                errors.Add(new SettingsError(name, $"{name} {problem}. Fix: {SettingsFixes.SetCommand(key, stackName)}"));
            }
            else
            {
                values[name] = value!;
            }
        }

        var engine = values.GetValueOrDefault($"{ConfigKey.ProjectNamespace}:{ConfigKeys.Engine}") is TextValue { Value: "local" } ? EngineKind.Local : EngineKind.Aws;
        foreach (var key in schema.Keys.Where(k => k.Required && k.IsReadBy(engine) && !values.ContainsKey(k.QualifiedName) && !failed.Contains(k.QualifiedName)))
        {
            failed.Add(key.QualifiedName);
            errors.Add(new SettingsError(key.QualifiedName,
                $"{key.QualifiedName} is missing. {key.Description} Fix: {SettingsFixes.SetCommand(key, stackName)}"));
        }

        var validated = new ValidatedValues(schema, values, failed);
        errors.AddRange(SettingsRules.Check(app, stackName, engine, validated));
        return errors.Count > 0
            ? new StackLoadResult { StackName = stackName, Errors = errors }
            : new StackLoadResult { StackName = stackName, Settings = StackSettingsBuilder.Build(app, stackName, engine, validated) };
    }

    private static bool IsProviderKey(string name) =>
        name.Split(':') is [var space, { Length: > 0 }] && ProviderNamespaces.Contains(space) && !name.StartsWith(ConfigKey.ProjectNamespace + ":", StringComparison.Ordinal);

    private static SettingsError Unknown(string name, ConfigSchema schema, string stackName)
    {
        var shortName = name.Contains(':', StringComparison.Ordinal) ? name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..] : name;
        var suggestion = KeySuggestions.Closest(name, schema.Keys.Select(k => k.QualifiedName));
        if (suggestion is null && KeySuggestions.Closest(shortName, schema.Keys.Where(k => k.IsProjectKey).Select(k => k.Name)) is { } near)
        {
            suggestion = $"{ConfigKey.ProjectNamespace}:{near}";
        }

        var hint = suggestion is null ? "" : $" Did you mean {suggestion}?";
        var namespaceHint = name.Contains(':', StringComparison.Ordinal) ? "" : $" Stack files write settings with their namespace, e.g. {ConfigKey.ProjectNamespace}:{name}.";
        return new SettingsError(name,
            $"{name} is not a known setting.{hint}{namespaceHint} Otherwise remove it: pulumi config rm {name} --stack {stackName}");
    }
}
