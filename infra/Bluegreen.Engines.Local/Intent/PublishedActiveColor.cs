using Bluegreen.Components;
using Bluegreen.Engines.Local.State;
using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.Engines.Local.Intent;

/// <summary>
/// The <c>active-color</c> file: one word, "blue" or "green", that workers read to know whether their color is live
/// (the local twin of the SSM parameter on AWS). Written by the engine only.
/// </summary>
internal sealed class PublishedActiveColor(StackFolder folder, string stackName)
{
    public string Path => folder.ActiveColor;

    /// <summary>The published color, or null when the file does not exist yet.</summary>
    public DeploymentColor? Read()
    {
        string text;
        try
        {
            text = File.ReadAllText(Path).Trim();
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        return DeploymentColors.TryParse(text, out var color)
            ? color
            : throw new StackFailureException(
                StackError.CorruptState,
                $"The active-color file {Path} holds \"{Shorten(text)}\" instead of {DeploymentColors.AllowedValues}. "
                + $"Write the live color into it (e.g. `echo blue > {Path}`), or run `bluegreen switch --stack {stackName} --to <color> --force` "
                + "to publish the color the router serves. Nothing was changed.");
    }

    public void Write(DeploymentColor color) => AtomicFile.Write(Path, color.Name() + "\n");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
