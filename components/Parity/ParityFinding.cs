namespace Bluegreen.Components.Parity;

/// <summary>One way green differs from blue beyond what makes a color a color.</summary>
/// <param name="Resource">The resource key inside the color, e.g. "webService".</param>
/// <param name="Field">Path of the differing value, e.g. "properties.desiredCount"; "(resource)" when one side lacks it.</param>
/// <param name="Blue">Blue's value with the color name written as {color}; "(missing)" when absent.</param>
/// <param name="Green">Green's value, normalised the same way.</param>
public sealed record ParityFinding(string Resource, string Field, string Blue, string Green)
{
    public override string ToString() => $"{Resource} {Field}: blue {Blue}, green {Green}";
}
