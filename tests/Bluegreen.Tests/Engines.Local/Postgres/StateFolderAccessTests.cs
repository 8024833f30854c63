using System.Runtime.Versioning;
using Bluegreen.Engines;
using Bluegreen.Engines.Local.Postgres;
using Moq;

namespace Bluegreen.Tests.Engines.Local.Postgres;

[SupportedOSPlatform("linux")]
public sealed class StateFolderAccessTests : IDisposable
{
    private readonly DirectoryInfo _blocked = Directory.CreateTempSubdirectory("bg-access-");
    private readonly Mock<ICommandRunner> _runner = new(MockBehavior.Strict);
    private readonly ServerAccount _postgres = new() { UserName = "postgres", SwitchesUser = true };

    public void Dispose() => _blocked.Delete(recursive: true);

    [Fact]
    public async Task CheckTraversable_AsTheSameUser_RunsNothing()
    {
        var access = new StateFolderAccess(ServerAccount.CurrentUser, _runner.Object);

        await access.CheckTraversableAsync("/root/project/.bluegreen/dev/pg", CancellationToken.None);

        _runner.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task CheckTraversable_AsAnotherUser_TestsEveryExistingFolderFromTheTopAsThatUser()
    {
        ProcessCommand? ran = null;
        _runner.Setup(runner => runner.RunAsync(It.IsAny<ProcessCommand>(), It.IsAny<CancellationToken>()))
            .Callback<ProcessCommand, CancellationToken>((command, _) => ran = command)
            .ReturnsAsync(new ProcessResult(0, ""));
        var access = new StateFolderAccess(_postgres, _runner.Object);

        await access.CheckTraversableAsync(Path.Combine(_blocked.FullName, "stack", "pg"), CancellationToken.None);

        Assert.Equal("setpriv", ran!.FileName);
        Assert.Equal(["/", .. Ancestors(_blocked.FullName)], ran.Arguments.SkipWhile(argument => argument != "sh").Skip(1));
        Assert.Equal(["--reuid=postgres", "--regid=postgres", "--init-groups", "--reset-env", "/bin/sh", "-c"], ran.Arguments.Take(6));
    }

    [Fact]
    public async Task CheckTraversable_BlockedFolder_NamesItItsModeAndTheFix()
    {
        File.SetUnixFileMode(_blocked.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _runner.Setup(runner => runner.RunAsync(It.IsAny<ProcessCommand>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ProcessResult(1, _blocked.FullName));
        var access = new StateFolderAccess(_postgres, _runner.Object);
        var pg = Path.Combine(_blocked.FullName, "stack", "pg");

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => access.CheckTraversableAsync(pg, CancellationToken.None));

        Assert.Equal(StackError.InvalidInput, failure.Error);
        Assert.Equal(
            $"PostgreSQL runs as the user 'postgres', which cannot enter {_blocked.FullName} (mode 0700), a parent of {pg}. " +
            $"Choose a state folder outside it, or let other users pass through it: chmod o+x {_blocked.FullName}",
            failure.Message);
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        var chain = new List<string>();
        for (var dir = new DirectoryInfo(folder); dir.Parent is not null; dir = dir.Parent)
        {
            chain.Insert(0, dir.FullName);
        }

        return chain;
    }
}
