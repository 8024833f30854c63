using Bluegreen.Components.Model;
using Bluegreen.Stacks.Config;

namespace Bluegreen.Stacks.Settings;

/// <summary>The command that sets a key right, appended to every message about a value.</summary>
internal static class SettingsFixes
{
    public static string SetCommand(ConfigKey key, string stackName) => key.Type == DeclaredType.Array
        ? $"pulumi config set --path '{key.Name}[0]' <value> --stack {stackName} (one command per entry)"
        : $"pulumi config set {key.Name} {Example(key)} --stack {stackName}";

    private static string Example(ConfigKey key) => key.Rule switch
    {
        OneOfTexts texts => texts.Allowed[0],
        IntegerRange range => range.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        OneOfIntegers numbers => numbers.Allowed[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => key.Default is { } value ? value.Display.Trim('"') : "<value>",
    };
}
