using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.IntegrationTests.Routing;

/// <summary>The router started on prepared state folders, without backends: startup checks and first-start files.</summary>
[SupportedOSPlatform("linux")]
public sealed class RouterStartupTests : IAsyncLifetime
{
    private RouterWorld _world = null!;

    private string SnapshotFile => Path.Combine(_world.StateDirectory, RouterStateFiles.Snapshot);

    public Task InitializeAsync()
    {
        _world = RouterWorld.Create(instancesPerColor: 1);
        File.WriteAllText(SnapshotFile, RouterSnapshotJson.Serialize(_world.Snapshot));
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _world.DisposeAsync().AsTask();

    [Fact]
    public async Task FirstStart_CreatesAnOwnerOnlyToken_AndPersistsTheDefaultColor()
    {
        File.Delete(AdminTokenFile.PathIn(_world.StateDirectory));
        await using var router = ChildProcess.StartDotnet(AppBinaries.Router, "--state", _world.StateDirectory);
        await WaitForOutputAsync(router, "router ready");

        using var admin = RouterAdminClient.ForStateDirectory(_world.StateDirectory, _world.Snapshot.AdminPort);
        var status = await admin.StatusAsync();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AdminTokenFile.PathIn(_world.StateDirectory)));
        Assert.Equal(RouterColors.Blue, status.ServedColor);
        Assert.Equal("blue\n", _world.ReadStateFile(RouterStateFiles.ServedColor));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task PortInUse_ExitsWithPortInUse_NamingThePort(int taken)
    {
        var ports = new[] { _world.Snapshot.ProductionPort, _world.Snapshot.TestPort, _world.Snapshot.AdminPort };
        var roles = new[] { "production listener", "test listener", "admin endpoint" };
        var holder = new TcpListener(IPAddress.Loopback, ports[taken]);
        holder.Start();
        try
        {
            var stderr = await RefusedStartAsync(RouterExitCodes.PortInUse);

            Assert.Equal(
                $"error: port {ports[taken]} ({roles[taken]}) on 127.0.0.1 is already in use by another process. "
                + "Stop that process, or choose other ports in the stack settings, then start the router again.\n",
                stderr);
        }
        finally
        {
            holder.Stop();
        }
    }

    [Fact]
    public async Task SnapshotThatIsNotJson_ExitsWithCorruptState_NamingTheFile()
    {
        File.WriteAllText(SnapshotFile, "{ \"version\": 1, ");

        var stderr = await RefusedStartAsync(RouterExitCodes.CorruptState);

        Assert.StartsWith($"error: {SnapshotFile} is not a valid router snapshot.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnapshotThatFailsValidation_ExitsWithCorruptState_ListingEveryProblem()
    {
        File.WriteAllText(SnapshotFile, RouterSnapshotJson.Serialize(_world.Snapshot with { TestPort = _world.Snapshot.ProductionPort, DefaultColor = "red" }));

        var stderr = await RefusedStartAsync(RouterExitCodes.CorruptState);

        Assert.Equal(
            $"error: {SnapshotFile} is not a valid router snapshot. Fix the fields below or let the local engine rewrite it.\n"
            + $"  - productionPort and testPort are both {_world.Snapshot.ProductionPort}; each listener needs its own port.\n"
            + "  - defaultColor: \"red\" is not a color; use \"blue\" or \"green\".\n",
            stderr);
    }

    [Fact]
    public async Task MissingSnapshot_ExitsWithInvalidInput()
    {
        File.Delete(SnapshotFile);

        var stderr = await RefusedStartAsync(RouterExitCodes.InvalidInput);

        Assert.StartsWith($"error: No snapshot.json in {_world.StateDirectory}.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorruptServedColor_ExitsWithCorruptState_NamingTheFileAndValue()
    {
        File.WriteAllText(Path.Combine(_world.StateDirectory, RouterStateFiles.ServedColor), "purple\n");

        var stderr = await RefusedStartAsync(RouterExitCodes.CorruptState);

        Assert.Equal(
            $"error: {Path.Combine(_world.StateDirectory, RouterStateFiles.ServedColor)} holds \"purple\" but must hold \"blue\" or \"green\". "
            + "Write the color that should be live into it, or delete it to start on the snapshot's defaultColor.\n",
            stderr);
    }

    [Fact]
    public async Task CorruptListenerOverrides_ExitsWithCorruptState_NamingTheFile()
    {
        var file = Path.Combine(_world.StateDirectory, RouterStateFiles.ListenerOverrides);
        File.WriteAllText(file, "{\"test\": \"teal\"}");

        var stderr = await RefusedStartAsync(RouterExitCodes.CorruptState);

        Assert.Equal(
            $"error: {file} is not valid (each listener must be \"blue\" or \"green\" or absent). Delete it to put both listeners back on the served color.\n",
            stderr);
    }

    [Theory]
    [InlineData("--state")]
    [InlineData("--state", "a", "--verbose")]
    [InlineData("--port", "5000")]
    public async Task BadArguments_ExitWithInvalidInput_AndUsage(params string[] args)
    {
        var stderr = await RefusedStartAsync(RouterExitCodes.InvalidInput, args);

        Assert.EndsWith("usage: dotnet Bluegreen.Router.dll --state <router state folder holding snapshot.json>\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingStateFolder_ExitsWithInvalidInput()
    {
        var missing = Path.Combine(_world.StateDirectory, "nope");

        var stderr = await RefusedStartAsync(RouterExitCodes.InvalidInput, "--state", missing);

        Assert.Equal($"error: The state folder {missing} does not exist. Create it and write snapshot.json into it first.\n", stderr);
    }

    /// <summary>Runs the router (by default on the prepared folder), checks it exited with <paramref name="exitCode"/>, returns its stderr.</summary>
    private async Task<string> RefusedStartAsync(int exitCode, params string[] args)
    {
        await using var router = await RouterProcess.RunToExitAsync(args.Length > 0 ? args : ["--state", _world.StateDirectory]);
        Assert.Equal(exitCode, router.ExitCode);
        return router.Stderr;
    }

    private static async Task WaitForOutputAsync(ChildProcess process, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!process.Stdout.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(process.HasExited, $"router exited: {process.Stderr}");
            Assert.True(DateTime.UtcNow < deadline, "router did not start within 30 s");
            await Task.Delay(25);
        }
    }
}
