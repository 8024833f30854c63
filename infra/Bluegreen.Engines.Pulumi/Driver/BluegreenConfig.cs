using Bluegreen.Components;

namespace Bluegreen.Engines.Pulumi.Driver;

/// <summary>The stack config keys bluegreen reads and writes (stored as <c>bluegreen:&lt;key&gt;</c>).</summary>
internal static class BluegreenConfig
{
    public const string ActiveColorKey = "activeColor";

    /// <summary><c>blueImageTag</c> or <c>greenImageTag</c>: the version a color runs.</summary>
    public static string ImageTagKey(DeploymentColor color) => $"{color.Name()}ImageTag";

    public static async Task<DeploymentColor> ActiveColorAsync(this PulumiStack stack, CancellationToken cancellationToken)
    {
        var value = await stack.GetConfigAsync(ActiveColorKey, cancellationToken);
        return DeploymentColors.TryParse(value, out var color)
            ? color
            : throw new StackFailureException(
                StackError.InvalidInput,
                $"Stack '{stack.Name}' has {ActiveColorKey} '{value}', which must be {DeploymentColors.AllowedValues}. "
                + $"Fix it with `pulumi config set {ActiveColorKey} blue --stack {stack.Name}`.");
    }
}
