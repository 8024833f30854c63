using Bluegreen.Stacks.Config;

namespace Bluegreen.Stacks.Settings;

/// <summary>A stack's values that passed type and rule checks, with declared defaults for the rest.</summary>
internal sealed class ValidatedValues(ConfigSchema schema, IReadOnlyDictionary<string, ConfigValue> values, IReadOnlySet<string> failedKeys)
{
    /// <summary>Whether the key's value (given or default) can be trusted by checks that combine keys.</summary>
    public bool IsUsable(string name) => !failedKeys.Contains(Key(name).QualifiedName);

    public ConfigValue? Get(string name)
    {
        var key = Key(name);
        return values.GetValueOrDefault(key.QualifiedName) ?? key.Default;
    }

    public string Text(string name) => ((TextValue)Get(name)!).Value;

    public string? OptionalText(string name) => (Get(name) as TextValue)?.Value;

    public int Integer(string name) => ((IntegerValue)Get(name)!).Value;

    public IReadOnlyList<string> TextList(string name) => (Get(name) as TextListValue)?.Values ?? [];

    private ConfigKey Key(string name) =>
        schema.Find(name.Contains(':', StringComparison.Ordinal) ? name : $"{ConfigKey.ProjectNamespace}:{name}")
        ?? throw new ArgumentException($"\"{name}\" is not a declared setting.", nameof(name));
}
