using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Driver;

public class PulumiVersionTests
{
    [Theory]
    [InlineData("v3.259.0", 3, 259, 0)]
    [InlineData("3.235.0\n", 3, 235, 0)]
    [InlineData("  v3.260.1-alpha.17+dirty ", 3, 260, 1)]
    public void TryParse_PrintedVersion_ReadsNumbers(string printed, int major, int minor, int patch)
    {
        Assert.True(PulumiVersion.TryParse(printed, out var version));

        Assert.Equal(new PulumiVersion(major, minor, patch), version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("warning: A new version of Pulumi is available")]
    [InlineData("v3.259")]
    [InlineData("v3.x.0")]
    public void TryParse_NotAVersion_Fails(string printed)
    {
        Assert.False(PulumiVersion.TryParse(printed, out _));
    }

    [Theory]
    [InlineData(3, 235, 0, true)]
    [InlineData(3, 259, 0, true)]
    [InlineData(4, 0, 0, true)]
    [InlineData(3, 234, 9, false)]
    [InlineData(2, 999, 0, false)]
    public void IsAtLeast_MinimumSupported_ComparesPartByPart(int major, int minor, int patch, bool supported)
    {
        Assert.Equal(supported, new PulumiVersion(major, minor, patch).IsAtLeast(PulumiVersion.MinimumSupported));
    }
}
