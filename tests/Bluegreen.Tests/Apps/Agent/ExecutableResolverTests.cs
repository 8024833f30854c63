using System.Runtime.Versioning;
using Bluegreen.Agent.Os;

namespace Bluegreen.Tests.Apps.Agent;

[SupportedOSPlatform("linux")]
public sealed class ExecutableResolverTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bluegreen-resolver-").FullName;

    [Fact]
    public void Resolve_NameOnPath_ReturnsTheFirstExecutableMatch()
    {
        var notExecutable = CreateFile("first/tool", executable: false);
        var executable = CreateFile("second/tool", executable: true);
        var searchPath = $"{Path.GetDirectoryName(notExecutable)}:{Path.GetDirectoryName(executable)}";

        Assert.Equal(executable, ExecutableResolver.Resolve("tool", "/", searchPath, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void Resolve_RelativePath_IsTakenFromTheWorkingDirectory()
    {
        var executable = CreateFile("bin/run.sh", executable: true);

        Assert.Equal(executable, ExecutableResolver.Resolve("./bin/run.sh", _folder, "", out _));
    }

    [Fact]
    public void Resolve_NameNotOnPath_SaysWhereItLooked()
    {
        Assert.Null(ExecutableResolver.Resolve("no-such-tool", "/", "/opt/a:/opt/b", out var error));
        Assert.Equal("program \"no-such-tool\" was not found on PATH (/opt/a:/opt/b); install it or give fileName as an absolute path.", error);
    }

    [Fact]
    public void Resolve_PathWithoutExecuteBit_SaysToChmodIt()
    {
        var script = CreateFile("app.sh", executable: false);

        Assert.Null(ExecutableResolver.Resolve(script, "/", "", out var error));
        Assert.Equal($"program \"{script}\" is not executable; chmod +x it or run it through an interpreter.", error);
    }

    [Fact]
    public void Resolve_MissingPath_SaysItDoesNotExist()
    {
        var missing = Path.Combine(_folder, "gone.dll");

        Assert.Null(ExecutableResolver.Resolve(missing, "/", "", out var error));
        Assert.Equal($"program \"{missing}\" does not exist; fix fileName or build the program first.", error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CreateFile(string relative, bool executable)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\n");
        File.SetUnixFileMode(path, executable ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}
