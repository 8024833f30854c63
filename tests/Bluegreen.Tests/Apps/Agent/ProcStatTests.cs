using System.Runtime.Versioning;
using Bluegreen.Agent.Os;

namespace Bluegreen.Tests.Apps.Agent;

[SupportedOSPlatform("linux")]
public class ProcStatTests
{
    [Fact]
    public void Parse_CommandNameWithSpacesAndParentheses_ReadsStateAndStartTime()
    {
        const string line = "4242 (my (odd) app) S 1 4242 4242 0 -1 4194560 1000 0 0 0 12 3 0 0 20 0 9 0 987654 123456789 5000 18446744073709551615";

        var stat = ProcStat.Parse(line);

        Assert.Equal(new ProcStat('S', 987654), stat);
        Assert.False(stat!.Value.IsZombie);
    }

    [Fact]
    public void Parse_Zombie_IsZombie()
    {
        const string line = "77 (dotnet) Z 1 77 77 0 -1 4227084 0 0 0 0 0 0 0 0 20 0 1 0 5555 0 0";

        Assert.True(ProcStat.Parse(line)!.Value.IsZombie);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12 (truncated) S 1 2 3")]
    public void Parse_Unusable_ReturnsNull(string line)
    {
        Assert.Null(ProcStat.Parse(line));
    }

    [Fact]
    public void Read_ThisProcess_MatchesItsOwnIdentity()
    {
        var identity = ProcessIdentity.Of(Environment.ProcessId);

        Assert.NotNull(identity);
        Assert.True(identity!.Value.IsAlive());
        Assert.False((identity.Value with { StartTime = identity.Value.StartTime + 1 }).IsAlive());
    }
}
