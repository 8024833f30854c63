using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Driver;

public class PulumiExitCodesTests
{
    private static readonly PulumiVersion Current = new(3, 259, 0);
    private static readonly PulumiVersion BeforeDistinctCodes = new(3, 220, 0);

    [Theory]
    [InlineData(0, "Success")]
    [InlineData(1, "Failed")]
    [InlineData(2, "InvalidInvocation")]
    [InlineData(3, "AuthenticationFailed")]
    [InlineData(6, "StackNotFound")]
    [InlineData(7, "ChangesFound")]
    [InlineData(8, "Cancelled")]
    [InlineData(255, "Unclassified")]
    [InlineData(4, "Unclassified")]
    public void Interpret_DistinctExitCodes_NamesEachCode(int exitCode, string expected)
    {
        Assert.Equal(Enum.Parse<PulumiExitStatus>(expected), PulumiExitCodes.Interpret(Current, exitCode));
    }

    [Theory]
    [InlineData(0, "Success")]
    [InlineData(255, "Unclassified")]
    [InlineData(7, "Unclassified")]
    [InlineData(6, "Unclassified")]
    public void Interpret_OlderCli_OnlyZeroIsClear(int exitCode, string expected)
    {
        Assert.Equal(Enum.Parse<PulumiExitStatus>(expected), PulumiExitCodes.Interpret(BeforeDistinctCodes, exitCode));
    }

    [Fact]
    public void Interpret_FirstReleaseWithDistinctCodes_ReadsSeven()
    {
        Assert.Equal(PulumiExitStatus.ChangesFound, PulumiExitCodes.Interpret(new PulumiVersion(3, 227, 0), 7));
        Assert.Equal(PulumiExitStatus.Unclassified, PulumiExitCodes.Interpret(new PulumiVersion(3, 226, 9), 7));
    }
}
