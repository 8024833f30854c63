namespace Bluegreen.Components;

/// <summary>One of the two identical environments.</summary>
public enum DeploymentColor
{
    Blue,
    Green,
}

public static class DeploymentColors
{
    public static IReadOnlyList<DeploymentColor> All { get; } = [DeploymentColor.Blue, DeploymentColor.Green];

    /// <summary>The lower-case name used in config, resource names and headers: "blue" or "green".</summary>
    public static string Name(this DeploymentColor color) => color == DeploymentColor.Blue ? "blue" : "green";

    public static DeploymentColor Other(this DeploymentColor color) =>
        color == DeploymentColor.Blue ? DeploymentColor.Green : DeploymentColor.Blue;

    public static bool TryParse(string? text, out DeploymentColor color)
    {
        switch (text)
        {
            case "blue":
                color = DeploymentColor.Blue;
                return true;
            case "green":
                color = DeploymentColor.Green;
                return true;
            default:
                color = default;
                return false;
        }
    }

    public const string AllowedValues = "\"blue\" or \"green\"";
}
