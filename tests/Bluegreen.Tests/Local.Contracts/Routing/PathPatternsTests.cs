using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Tests.Local.Contracts.Routing;

public sealed class PathPatternsTests
{
    [Theory]
    [InlineData("/*", "/{**catch-all}")]
    [InlineData("/api/*", "/api/{**catch-all}")]
    [InlineData("/api/v1/*", "/api/v1/{**catch-all}")]
    [InlineData("/health", "/health")]
    [InlineData("/", "/")]
    public void TryToRouteTemplate_SupportedPattern_GivesYarpTemplate(string pattern, string expected)
    {
        Assert.True(PathPatterns.TryToRouteTemplate(pattern, out var template, out var reason));
        Assert.Equal((expected, ""), (template, reason));
    }

    [Theory]
    [InlineData("*", "must start with \"/\"")]
    [InlineData("/api*", "may use \"*\" only as a whole last segment (\"/api/*\") and no \"?\", \"{\" or \"}\"")]
    [InlineData("/*/x", "may use \"*\" only as a whole last segment (\"/api/*\") and no \"?\", \"{\" or \"}\"")]
    [InlineData("/a?", "may use \"*\" only as a whole last segment (\"/api/*\") and no \"?\", \"{\" or \"}\"")]
    [InlineData("/{id}", "may use \"*\" only as a whole last segment (\"/api/*\") and no \"?\", \"{\" or \"}\"")]
    [InlineData("//*", "must not contain an empty segment (\"//\")")]
    public void TryToRouteTemplate_UnsupportedPattern_GivesReason(string pattern, string expected)
    {
        Assert.False(PathPatterns.TryToRouteTemplate(pattern, out var template, out var reason));
        Assert.Equal(("", expected), (template, reason));
    }
}
