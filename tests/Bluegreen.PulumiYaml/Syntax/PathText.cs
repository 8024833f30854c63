using System.Text.RegularExpressions;

namespace Bluegreen.PulumiYaml.Syntax;

/// <summary>Builds error paths like <c>resources.listener.properties.defaultActions[0].targetGroupArn</c>.</summary>
public static partial class PathText
{
    public static string Property(string path, string key)
    {
        var step = Identifier().IsMatch(key) ? key : $"[\"{key}\"]";
        if (path.Length == 0)
        {
            return step;
        }

        return step.StartsWith('[') ? path + step : $"{path}.{step}";
    }

    public static string Index(string path, int index) => $"{path}[{index}]";

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$:-]*$")]
    private static partial Regex Identifier();
}
