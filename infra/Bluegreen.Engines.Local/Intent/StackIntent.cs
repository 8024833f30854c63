using Bluegreen.Components;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Local.Intent;

/// <summary>
/// What the user asked the local stack to be: which color is live and which version each color runs. Seeded from the
/// stack's settings on the first <c>up</c>, then changed only by switch, rollback and deploy. Everything else
/// (sizes, ports) comes from the settings on every run.
/// </summary>
internal sealed record StackIntent(DeploymentColor ActiveColor, string BlueImageTag, string GreenImageTag)
{
    public DeploymentColor IdleColor => ActiveColor.Other();

    public static StackIntent SeededFrom(StackSettings settings) =>
        new(settings.ActiveColor, settings.ImageTag(DeploymentColor.Blue), settings.ImageTag(DeploymentColor.Green));

    public string ImageTag(DeploymentColor color) => color == DeploymentColor.Blue ? BlueImageTag : GreenImageTag;

    public StackIntent WithImageTag(DeploymentColor color, string tag) =>
        color == DeploymentColor.Blue ? this with { BlueImageTag = tag } : this with { GreenImageTag = tag };

    /// <summary>The settings as this intent would deploy them (for parity and anything else that reads settings).</summary>
    public StackSettings ApplyTo(StackSettings settings) => settings with
    {
        ActiveColor = ActiveColor,
        ImageTags = new Dictionary<DeploymentColor, string> { [DeploymentColor.Blue] = BlueImageTag, [DeploymentColor.Green] = GreenImageTag },
    };
}
