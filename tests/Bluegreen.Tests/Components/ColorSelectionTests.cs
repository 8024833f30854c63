using Bluegreen.Components.BlueGreen;
using Bluegreen.Components.Model;

namespace Bluegreen.Tests.Components;

public class ColorSelectionTests
{
    [Fact]
    public void Checked_SplitsAMessageThatNamesTheAllowedColors()
    {
        var check = ColorSelection.Checked(Expr.Ref("activeColor"));

        Assert.Equal(
            "fn::select(0, fn::split(\";\", fn::select(1, fn::split(\";${activeColor}=\", \"activeColor must be one of blue, green;blue=blue;green=green;\"))))",
            ExprText.Of(check));
    }

    [Fact]
    public void Other_MapsEachColorToTheOtherOne()
    {
        var other = ColorSelection.Other(Expr.Ref("color"));

        Assert.Equal(
            "fn::select(0, fn::split(\";\", fn::select(1, fn::split(\";${color}=\", \";blue=green;green=blue;\"))))",
            ExprText.Of(other));
    }

    [Fact]
    public void ForColor_KeysTheValuesByThisColorAndTheOther_AndLooksUpTheActiveColor()
    {
        var listener = ColorSelection.ForColor(Expr.Ref("activeColor"), "green", Expr.Ref("otherColor"), Expr.Ref("production.arn"), Expr.Ref("test.arn"));

        Assert.Equal(
            "fn::select(0, fn::split(\";\", fn::select(1, fn::split(\";${activeColor}=\", \";green=${production.arn};${otherColor}=${test.arn};\"))))",
            ExprText.Of(listener));
    }
}
