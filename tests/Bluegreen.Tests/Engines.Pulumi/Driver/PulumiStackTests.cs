using Bluegreen.Engines;
using Bluegreen.Engines.Pulumi.Driver;

namespace Bluegreen.Tests.Engines.Pulumi.Driver;

public sealed class PulumiStackTests : IDisposable
{
    private readonly PulumiScenario _scenario = new();

    public void Dispose() => _scenario.Dispose();

    [Fact]
    public async Task StackCommands_AddStackFolderAndNonInteractive_AndCheckVersionOnce()
    {
        _scenario.ExpectVersion()
            .ExpectActiveColor("green")
            .ExpectStack(["stack", "output", "--json"], stdout: """{"albDnsName": "bg-123.elb.amazonaws.com", "dbPassword": "[secret]", "port": 80}""");
        var stack = _scenario.Stack();

        var active = await stack.GetConfigAsync("activeColor", CancellationToken.None);
        var outputs = await stack.OutputsAsync(CancellationToken.None);

        Assert.Equal("green", active);
        Assert.Equal(["albDnsName", "dbPassword", "port"], outputs.Keys);
        Assert.Equal(["bg-123.elb.amazonaws.com", "[secret]", "80"], outputs.Values);
        _scenario.AssertAllCallsMade();
        Assert.Equal(["true", "true", "true"], _scenario.SkipUpdateCheckValues());
    }

    [Fact]
    public async Task VersionAsync_CliOlderThanMinimum_RefusesBeforeAnyStackCommand()
    {
        _scenario.ExpectVersion("v3.230.0");

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => _scenario.Stack().GetConfigAsync("activeColor", CancellationToken.None));

        Assert.Equal(StackError.PulumiFailed, failure.Error);
        Assert.StartsWith("Pulumi CLI 3.230.0 is too old: bluegreen needs 3.235.0 or newer", failure.Message, StringComparison.Ordinal);
        _scenario.AssertAllCallsMade();
    }

    [Fact]
    public async Task VersionAsync_UnreadableVersion_SaysWhatWasPrinted()
    {
        _scenario.Expect(["version"], stdout: "pulumi dev build\n");

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => _scenario.Stack().VersionAsync(CancellationToken.None));

        Assert.Equal(StackError.PulumiFailed, failure.Error);
        Assert.Contains("did not print a version (exit 0, output 'pulumi dev build')", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StackNotFound_ThrowsUnknownStackWithHowToCreateIt()
    {
        _scenario.ExpectVersion()
            .ExpectStack(["stack", "export"], stderr: "error: no stack named 'dev' found\n", exitCode: 6);

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => _scenario.Stack().ExportAsync(CancellationToken.None));

        Assert.Equal(StackError.UnknownStack, failure.Error);
        Assert.Equal(
            $"Pulumi has no stack 'dev' for the project in {_scenario.ProjectDirectory}. Create it with `pulumi stack init dev`, "
            + "or pass the name of an existing stack with --stack.",
            failure.Message);
        Assert.Equal(["error: no stack named 'dev' found"], failure.Details);
    }

    [Fact]
    public async Task RunAsync_NotLoggedIn_SaysToLogIn()
    {
        _scenario.ExpectVersion()
            .ExpectStack(["stack", "export"], stderr: "error: getting user info: 401 Unauthorized\n", exitCode: 3);

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => _scenario.Stack().ExportAsync(CancellationToken.None));

        Assert.Equal(StackError.PulumiFailed, failure.Error);
        Assert.StartsWith("Pulumi could not authenticate with its state backend. Run `pulumi login`", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActiveColorAsync_NotAColor_SaysHowToFixIt()
    {
        _scenario.ExpectVersion().ExpectActiveColor("purple");

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => _scenario.Stack().ActiveColorAsync(CancellationToken.None));

        Assert.Equal(StackError.InvalidInput, failure.Error);
        Assert.Equal(
            "Stack 'dev' has activeColor 'purple', which must be \"blue\" or \"green\". Fix it with `pulumi config set activeColor blue --stack dev`.",
            failure.Message);
    }

    [Fact]
    public async Task RunAsync_ExecutableVanished_SaysHowToInstall()
    {
        var cli = new Bluegreen.Engines.Pulumi.Driver.PulumiCli(new PulumiCliSettings { Executable = Path.Combine(_scenario.Folder, "pulumi") });

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => cli.RunAsync(["version"], CancellationToken.None));

        Assert.Equal(StackError.PulumiFailed, failure.Error);
        Assert.Contains("Install the Pulumi CLI 3.235.0 or newer", failure.Message, StringComparison.Ordinal);
    }
}
