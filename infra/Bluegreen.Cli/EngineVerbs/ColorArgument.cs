using Bluegreen.Components;
using Bluegreen.Engines;

namespace Bluegreen.Cli.EngineVerbs;

internal static class ColorArgument
{
    /// <summary>The color named on the command line, or a clear error naming the allowed values.</summary>
    public static DeploymentColor Parse(string option, string? text) =>
        DeploymentColors.TryParse(text, out var color)
            ? color
            : throw new StackFailureException(StackError.InvalidInput, $"{option} \"{text}\" is not a color: use {DeploymentColors.AllowedValues}.");
}
