using Bluegreen.Components.Model;

namespace Bluegreen.Components.BlueGreen;

/// <summary>
/// Choosing by color without conditionals, which Pulumi YAML lacks: build ";blue=X;green=Y;", split it on
/// ";&lt;color&gt;=", take the second piece and cut it at the next ";". A color other than the two keys leaves one
/// piece, so the select fails while the program runs ("list index 1 out-of-bounds") and shows the text it split.
/// </summary>
public static class ColorSelection
{
    /// <summary>Leads the text <see cref="Checked"/> splits, so a failing preview shows which values are allowed.</summary>
    public const string AllowedColorsMessage = "activeColor must be one of blue, green";

    /// <summary>
    /// <paramref name="color"/> itself when it is "blue" or "green"; any other value fails at preview with an error whose
    /// source text begins "activeColor must be one of blue, green". Everything that depends on the active color reads
    /// this checked value, so the check always runs.
    /// </summary>
    public static Expr Checked(Expr color) =>
        ChooseFrom(AllowedColorsMessage, color, (DeploymentColor.Blue.Name(), DeploymentColor.Blue.Name()), (DeploymentColor.Green.Name(), DeploymentColor.Green.Name()));

    /// <summary>The other color: "green" for "blue" and "blue" for "green".</summary>
    public static Expr Other(Expr color) =>
        ChooseFrom("", color, (DeploymentColor.Blue.Name(), DeploymentColor.Green.Name()), (DeploymentColor.Green.Name(), DeploymentColor.Blue.Name()));

    /// <summary>
    /// Seen from one color: <paramref name="whenActive"/> when <paramref name="activeColor"/> is <paramref name="color"/>,
    /// <paramref name="whenIdle"/> when it is <paramref name="otherColor"/>. Names no color itself, so blue and green
    /// write the same expression.
    /// </summary>
    /// <remarks>Neither value may contain ";" or "=" (ARNs and color names do not).</remarks>
    public static Expr ForColor(Expr activeColor, Expr color, Expr otherColor, Expr whenActive, Expr whenIdle) =>
        ChooseFrom("", activeColor, (color, whenActive), (otherColor, whenIdle));

    private static SelectCall ChooseFrom(string lead, Expr key, (Expr Key, Expr Value) first, (Expr Key, Expr Value) second) =>
        Fn.Select(0, Fn.Split(";", Fn.Select(1, Fn.Split(
            Expr.Format($";{key}="),
            Expr.Format($"{lead};{first.Key}={first.Value};{second.Key}={second.Value};")))));
}
