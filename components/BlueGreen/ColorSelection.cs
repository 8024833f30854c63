using Bluegreen.Components.Model;

namespace Bluegreen.Components.BlueGreen;

/// <summary>
/// Choosing by color without conditionals, which Pulumi YAML lacks: build ";blue=X;green=Y;", split it on
/// ";&lt;color&gt;=", take the second piece and cut it at the next ";". A color other than blue or green leaves one
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
        ChooseFrom(AllowedColorsMessage, color, DeploymentColor.Blue.Name(), DeploymentColor.Green.Name());

    /// <summary><paramref name="blueValue"/> when <paramref name="color"/> is "blue", <paramref name="greenValue"/> when "green".</summary>
    /// <remarks>Neither value may contain ";" or "=" (ARNs and color names do not).</remarks>
    public static Expr Choose(Expr color, Expr blueValue, Expr greenValue) => ChooseFrom("", color, blueValue, greenValue);

    /// <summary>The other color: "green" for "blue" and "blue" for "green".</summary>
    public static Expr Other(Expr color) =>
        Choose(color, DeploymentColor.Green.Name(), DeploymentColor.Blue.Name());

    private static SelectCall ChooseFrom(string lead, Expr color, Expr blueValue, Expr greenValue) =>
        Fn.Select(0, Fn.Split(";", Fn.Select(1, Fn.Split(
            Expr.Format($";{color}="),
            Expr.Format($"{lead};{DeploymentColor.Blue.Name()}={blueValue};{DeploymentColor.Green.Name()}={greenValue};")))));
}
