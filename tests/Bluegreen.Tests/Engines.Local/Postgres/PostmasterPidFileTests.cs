using Bluegreen.Engines.Local.Postgres;

namespace Bluegreen.Tests.Engines.Local.Postgres;

public class PostmasterPidFileTests
{
    private const string Ready = "6637\n/tmp/pgx/d\n1795382396\n55432\n/tmp/pgx/run\n127.0.0.1\n 11657679         4\nready   \n";

    [Fact]
    public void Parse_ReadyServer_GivesPidPortAndStatus()
    {
        var file = PostmasterPidFile.Parse(Ready)!;

        Assert.Equal(6637, file.Pid);
        Assert.Equal(55432, file.Port);
        Assert.Equal("ready", file.Status);
        Assert.True(file.IsReady);
        Assert.Equal("6637\n/tmp/pgx/d\n1795382396", file.Identity);
    }

    [Fact]
    public void Parse_StartingServer_IsNotReady()
    {
        var file = PostmasterPidFile.Parse(Ready.Replace("ready   ", "starting", StringComparison.Ordinal))!;

        Assert.Equal("starting", file.Status);
        Assert.False(file.IsReady);
    }

    [Fact]
    public void Parse_FileWithOnlyTheFirstLines_HasNoPortAndNoStatus()
    {
        var file = PostmasterPidFile.Parse("6637\n/tmp/pgx/d\n1795382396\n")!;

        Assert.Null(file.Port);
        Assert.Equal("", file.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("6637\n/tmp/pgx/d")]
    [InlineData("not-a-pid\n/tmp/pgx/d\n1795382396\n")]
    public void Parse_TruncatedOrForeignText_IsNull(string text)
    {
        Assert.Null(PostmasterPidFile.Parse(text));
    }
}
