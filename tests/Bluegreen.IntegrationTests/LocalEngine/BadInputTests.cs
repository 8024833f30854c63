using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Bluegreen.Cli;
using Bluegreen.Engines;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.IntegrationTests.LocalEngine;

/// <summary>Input that must stop a command before anything starts or changes.</summary>
[SupportedOSPlatform("linux")]
[Collection(LocalStacksCollection.Name)]
public sealed class BadInputTests(LocalEngineApps apps)
{
    [Fact]
    public async Task Up_WithTheProductionPortTaken_FailsWithPortInUse_NamingThePortAndItsSetting_AndStartsNothing()
    {
        await using var stack = LocalTestStack.Create(apps.RepositoryRoot);
        using var squatter = new TcpListener(IPAddress.Loopback, stack.Ports.Production);
        squatter.Start();

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => stack.Engine.UpAsync(CancellationToken.None));

        Assert.Equal(StackError.PortInUse, failure.Error);
        Assert.Contains($"Port {stack.Ports.Production}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("bluegreen:localProductionPort", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId}", Assert.Single(failure.Details), StringComparison.Ordinal);
        Assert.False(File.Exists(new AgentFiles(stack.Folder.Path).Endpoint));
        Assert.False(Directory.Exists(Path.Combine(stack.Folder.Path, "pg")));
    }

    [Fact]
    public void AStateFolderTooDeepForUnixSockets_IsRefusedUpFront_WithStatePathTooLong()
    {
        var deep = "/tmp/" + string.Concat(Enumerable.Repeat("deep-folder/", 9));

        var failure = Assert.Throws<StackFailureException>(() => LocalTestStack.Create(apps.RepositoryRoot, stateDirectory: deep));

        Assert.Equal(StackError.StatePathTooLong, failure.Error);
        Assert.Contains("unix sockets allow at most 107", failure.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/tmp/deep-folder"));
    }

    [Fact]
    public async Task StatusAndDrift_OfAStackNeverBroughtUp_SayItIsNotUp_WithoutCreatingAnything()
    {
        await using var stack = LocalTestStack.Create(apps.RepositoryRoot);

        var status = await stack.Engine.StatusAsync(CancellationToken.None);
        var drift = await stack.Engine.DetectDriftAsync(new Bluegreen.Engines.Drift.DriftOptions(), CancellationToken.None);

        Assert.Equal((Bluegreen.Engines.Local.Health.StackPhase.Degraded, "the stack has never been brought up; run `bluegreen up`"), (status.Local().Phase, status.Local().Reason));
        Assert.Equal(Bluegreen.Engines.Drift.DriftStatus.CouldNotCheck, drift.Status);
        Assert.Equal(ExitCodes.CouldNotCheck, Bluegreen.Cli.EngineExitCodes.For(drift));
        Assert.StartsWith("stack local has never been brought up", drift.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(stack.Folder.Path));
    }

    [Fact]
    public async Task Switch_OnAStackNeverBroughtUp_FailsWithNotRunning()
    {
        await using var stack = LocalTestStack.Create(apps.RepositoryRoot);

        var failure = await Assert.ThrowsAsync<StackFailureException>(() => stack.Engine.SwitchAsync(Components.DeploymentColor.Green, force: false, CancellationToken.None));

        Assert.Equal(StackError.NotRunning, failure.Error);
        Assert.Contains("bluegreen up --stack local", failure.Message, StringComparison.Ordinal);
    }
}
