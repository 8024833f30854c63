namespace Bluegreen.Components.BlueGreen;

/// <summary>
/// Listener rule priorities (lower wins). Header rules (X-Color) come first so a header always reaches its color;
/// routing rules follow in the app's web-service order. Two rules on one listener never share a number: each web
/// service has one header slot per color and one routing number.
/// </summary>
public static class RulePriorities
{
    public const int FirstRoutingRule = 10000;

    /// <summary>The header-rule priorities of a web service, indexed by the color's priority slot (blue 0, green 1).</summary>
    public static IReadOnlyList<int> HeaderRule(int webServiceIndex) => [1 + 2 * webServiceIndex, 2 + 2 * webServiceIndex];

    public static int RoutingRule(int webServiceIndex) => FirstRoutingRule + webServiceIndex;

    /// <summary>The priority slot that makes a color's header rules unique on the shared listeners.</summary>
    public static int Slot(DeploymentColor color) => color == DeploymentColor.Blue ? 0 : 1;
}
