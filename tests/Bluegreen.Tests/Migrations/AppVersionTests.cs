using Bluegreen.Migrations.Model;

namespace Bluegreen.Tests.Migrations;

public sealed class AppVersionTests
{
    [Theory]
    [InlineData("1.0.0", true)]
    [InlineData("1.9.9", true)]
    [InlineData("1.10.0", true)]
    [InlineData("v1", true)]
    [InlineData("1.4", true)]
    [InlineData("2.0.0-rc.1", true)]
    [InlineData("2.0.0", false)]
    [InlineData("2.1.0-faulty", false)]
    [InlineData("10.0.0", false)]
    [InlineData("latest", false)]
    public void BreakingRange_LessThanTwo_BreaksBySemanticOrderIncludingPrereleases(string version, bool broken)
    {
        Assert.True(BreakingRange.TryParse("< 2.0.0", out var range, out _));

        Assert.Equal(broken, range!.Breaks(AppVersion.Of(version)));
    }

    [Theory]
    [InlineData(">= 1.0.0 < 1.4.0", "1.3.9", true)]
    [InlineData(">= 1.0.0 < 1.4.0", "1.4.0", false)]
    [InlineData("< 1.2.0 || 1.5.*", "1.5.7", true)]
    [InlineData("< 1.2.0 || 1.5.*", "1.3.0", false)]
    [InlineData("<2", "1.99.0", true)]
    public void BreakingRange_StandardSyntax_MatchesAsWritten(string text, string version, bool broken)
    {
        Assert.True(BreakingRange.TryParse(text, out var range, out _));

        Assert.Equal((text, broken), (range!.Text, range.Breaks(AppVersion.Of(version))));
    }

    [Theory]
    [InlineData("10.0.0", "9.0.0", true)]
    [InlineData("v2", "2.0.0", true)]
    [InlineData("2.0.0-rc.1", "2.0.0", false)]
    [InlineData("latest", "1.0.0", false)]
    [InlineData("1.0.0", "latest", false)]
    public void IsAtLeast_ComparesBySemanticPrecedence(string version, string other, bool atLeast)
    {
        Assert.Equal(atLeast, AppVersion.Of(version).IsAtLeast(AppVersion.Of(other)));
    }

    [Fact]
    public void Of_ImageTagThatIsNoVersion_KeepsTheTagAndIsNotSemantic()
    {
        var version = AppVersion.Of("sha-3f2a9c1");

        Assert.Equal(("sha-3f2a9c1", false), (version.Tag, version.IsSemantic));
    }
}
