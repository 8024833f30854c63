using System.Runtime.Versioning;
using Bluegreen.Release.Verification;

namespace Bluegreen.Tests.Release;

// The scripts are POSIX shell scripts run by /bin/sh.
[SupportedOSPlatform("linux")]
public sealed class VerifyCommandRunnerTests : IDisposable
{
    private static readonly VerifyCommandContext Context = new(new Uri("http://127.0.0.1:18081/"), "green", "2.1.0");

    private readonly string _folder = Directory.CreateTempSubdirectory("verify-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Run_ScriptSeesTheColorUnderTest_AndPassesOnExitZero()
    {
        var script = Script("smoke.sh", """
            #!/bin/sh
            echo "url=$BLUEGREEN_TEST_URL color=$BLUEGREEN_COLOR version=$BLUEGREEN_VERSION"
            echo "checked in $(pwd)" >&2
            exit 0
            """);

        var outcome = await Run(script);

        Assert.True(outcome.Passed);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal([$"checked in {_folder}", "url=http://127.0.0.1:18081 color=green version=2.1.0"], outcome.OutputTail.Order(StringComparer.Ordinal));
        Assert.Equal($"The verify command `{script}` passed.", outcome.Message);
    }

    [Fact]
    public async Task Run_NonZeroExit_FailsWithTheCodeAndWhatItPrinted()
    {
        var script = Script("smoke.sh", """
            #!/bin/sh
            echo "GET /orders -> 500" >&2
            exit 3
            """);

        var outcome = await Run(script);

        Assert.False(outcome.Passed);
        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal(["GET /orders -> 500"], outcome.OutputTail);
        Assert.Equal($"The verify command `{script}` failed with exit code 3.", outcome.Message);
    }

    [Fact]
    public async Task Run_CommandLineWithArguments_RunsThroughTheShell()
    {
        var outcome = await Run("test \"$BLUEGREEN_COLOR\" = green && echo same || exit 7");

        Assert.True(outcome.Passed);
        Assert.Equal(["same"], outcome.OutputTail);
    }

    [Fact]
    public async Task Run_TooLong_IsStoppedAndFails()
    {
        var outcome = await new VerifyCommandRunner(TimeProvider.System)
            .RunAsync("echo started; sleep 30", Context, _folder, TimeSpan.FromSeconds(3), CancellationToken.None);

        Assert.False(outcome.Passed);
        Assert.True(outcome.TimedOut);
        Assert.Null(outcome.ExitCode);
        Assert.Equal(["started"], outcome.OutputTail);
        Assert.Equal("The verify command `echo started; sleep 30` did not finish within 3 s and was stopped.", outcome.Message);
    }

    [Fact]
    public async Task Run_KeepsOnlyTheLastLines()
    {
        var outcome = await Run("for i in $(seq 1 50); do echo line $i; done; exit 1");

        Assert.Equal(Enumerable.Range(31, 20).Select(i => $"line {i}"), outcome.OutputTail);
    }

    private Task<VerifyCommandOutcome> Run(string commandLine) =>
        new VerifyCommandRunner(TimeProvider.System).RunAsync(commandLine, Context, _folder, VerifyCommandRunner.DefaultTimeout, CancellationToken.None);

    private string Script(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
