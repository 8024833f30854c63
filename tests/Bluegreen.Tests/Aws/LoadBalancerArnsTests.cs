using Bluegreen.Aws.LoadBalancing;

namespace Bluegreen.Tests.Aws;

public sealed class LoadBalancerArnsTests
{
    [Fact]
    public void Dimensions_AreTheFinalPortionsOfTheArns()
    {
        Assert.Equal(
            "app/shop/50dc6c495c0c9188",
            LoadBalancerArns.LoadBalancerDimension("arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/shop/50dc6c495c0c9188"));
        Assert.Equal(
            "targetgroup/shop-web-green/73e2d6bc24d8a067",
            LoadBalancerArns.TargetGroupDimension("arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web-green/73e2d6bc24d8a067"));
    }

    [Theory]
    [InlineData("arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/shop/50dc6c495c0c9188")]
    [InlineData("app/shop/50dc6c495c0c9188")]
    public void LoadBalancerDimension_NotAnApplicationLoadBalancer_SaysTheExpectedForm(string arn)
    {
        var failure = Assert.Throws<ArgumentException>(() => LoadBalancerArns.LoadBalancerDimension(arn));

        Assert.StartsWith(
            $"'{arn}' is not an Application Load Balancer ARN (arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<name>/<id>).",
            failure.Message);
    }

    [Theory]
    [InlineData("arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web-green/73e2d6bc24d8a067", "shop-web-green")]
    [InlineData("shop-web-green", "shop-web-green")]
    public void TargetGroupName_FallsBackToWhatItWasGiven(string arn, string name) =>
        Assert.Equal(name, LoadBalancerArns.TargetGroupName(arn));
}
