namespace Bluegreen.Stacks.Config;

public sealed partial class ConfigSchema
{
    /// <summary>
    /// The one rule for image tags: the stack files' <c>imageTagBlue</c>/<c>imageTagGreen</c> follow it, and so must a
    /// version given to deploy, or the stack's own config would refuse it on every later command.
    /// </summary>
    public static ValueRule ImageTag => ImageTagRule;
}
