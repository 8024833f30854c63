using Bluegreen.Components.Model;

namespace Bluegreen.Tests.Components;

public class ExprTests
{
    [Fact]
    public void Format_KeepsHolesAsReferencesAndMergesText()
    {
        var prefix = Expr.Ref("namePrefix");

        var name = Expr.Format($"{prefix}-web-{"blue"}-{5}");

        var interpolation = Assert.IsType<Interpolation>(name);
        Assert.Equal([new Reference("namePrefix"), new StringLiteral("-web-blue-5")], interpolation.Parts);
    }

    [Fact]
    public void Format_WithOnlyText_IsAPlainString()
    {
        Assert.Equal(new StringLiteral("shop-web"), Expr.Format($"shop-{"web"}"));
    }

    [Fact]
    public void InterpolationOf_FlattensNestedInterpolations()
    {
        var inner = Expr.Format($"shop-{Expr.Ref("pulumi.stack")}");

        var outer = Interpolation.Of([inner, new StringLiteral("-primary")]);

        Assert.Equal(
            [new StringLiteral("shop-"), new Reference("pulumi.stack"), new StringLiteral("-primary")],
            Assert.IsType<Interpolation>(outer).Parts);
    }

    [Fact]
    public void InterpolationOf_RejectsFunctionCalls()
    {
        var failure = Assert.Throws<ArgumentException>(() => Interpolation.Of([new StringLiteral("a"), Fn.Secret("b")]));

        Assert.Contains("SecretCall", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectionsCompareByValue()
    {
        Assert.Equal(Expr.Map(("a", Expr.List(1, "x"))), Expr.Map(("a", Expr.List(1, "x"))));
        Assert.NotEqual(Expr.Map(("a", Expr.List(1, "x"))), Expr.Map(("a", Expr.List(1, "y"))));
        Assert.NotEqual(Expr.Map(("a", 1), ("b", 2)), Expr.Map(("b", 2), ("a", 1)));
    }

    [Fact]
    public void ReferenceRoot_IsTheNameBeforeTheFirstAccessor()
    {
        Assert.Equal("blue", new Reference("blue.webTargetGroupArn").Root);
        Assert.Equal("subnets", new Reference("subnets[0]").Root);
        Assert.Equal("activeColor", new Reference("activeColor").Root);
    }

    [Fact]
    public void Rewrite_ReplacesReferencesAndRefoldsInterpolations()
    {
        var family = Expr.Format($"{Expr.Ref("namePrefix")}-web-{Expr.Ref("color")}");

        var rewritten = ExprRewriter.Rewrite(family, node => node is Reference { Path: "color" } ? new StringLiteral("green") : null);

        Assert.Equal([new Reference("namePrefix"), new StringLiteral("-web-green")], Assert.IsType<Interpolation>(rewritten).Parts);
    }

    [Fact]
    public void ExprText_IsCompactAndStable()
    {
        var expr = Expr.Map(("priority", Fn.Select(Expr.Ref("prioritySlot"), Expr.List(1, 2))), ("name", Expr.Format($"a-{Expr.Ref("color")}")));

        Assert.Equal("{priority: fn::select(${prioritySlot}, [1, 2]), name: \"a-${color}\"}", ExprText.Of(expr));
    }
}
