namespace Bluegreen.Components.BlueGreen;

/// <summary>
/// Listener rule priorities (lower wins). Header rules (X-Color) come first so a header always reaches its color;
/// routing rules (paths only) follow in the app's web-service order. Every rule of a color takes the number of its
/// priority slot, so blue's and green's rules never share a number on any listener, even while a flip briefly puts
/// both colors' routing rules on the production listener.
/// </summary>
public static class RulePriorities
{
    public const int FirstRoutingRule = 10000;

    /// <summary>The header-rule priorities of a web service, indexed by the color's priority slot (blue 0, green 1).</summary>
    public static IReadOnlyList<int> HeaderRule(int webServiceIndex) => BySlot(1, webServiceIndex);

    /// <summary>The routing-rule priorities of a web service, indexed by the color's priority slot (blue 0, green 1).</summary>
    public static IReadOnlyList<int> RoutingRule(int webServiceIndex) => BySlot(FirstRoutingRule, webServiceIndex);

    /// <summary>The priority slot that makes a color's rules unique on the shared listeners.</summary>
    public static int Slot(DeploymentColor color) => color == DeploymentColor.Blue ? 0 : 1;

    private static int[] BySlot(int first, int webServiceIndex) => [first + 2 * webServiceIndex, first + 1 + 2 * webServiceIndex];
}
