using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.IntegrationTests.Routing;

/// <summary>The real router, started as <c>dotnet Bluegreen.Router.dll --state &lt;dir&gt;</c>.</summary>
internal sealed class RouterProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private RouterProcess(ChildProcess process) => _process = process;

    public ChildProcess Process => _process;

    /// <summary>Starts the router and returns once its admin endpoint answers; fails with its stderr if it exits first.</summary>
    public static async Task<RouterProcess> StartAsync(string stateDirectory, RouterAdminClient admin)
    {
        var router = new RouterProcess(ChildProcess.StartDotnet(AppBinaries.Router, "--state", stateDirectory));
        var ready = admin.WaitUntilReadyAsync(TimeSpan.FromSeconds(30));
        var exited = router._process.WaitForExitAsync(TimeSpan.FromSeconds(35));
        if (await Task.WhenAny(ready, exited) == exited)
        {
            throw new InvalidOperationException($"router exited with {router._process.ExitCode}: {router._process.Stderr}");
        }

        await ready;
        return router;
    }

    /// <summary>Runs the router expecting it to refuse to start.</summary>
    public static async Task<ChildProcess> RunToExitAsync(params string[] args)
    {
        var process = ChildProcess.StartDotnet(AppBinaries.Router, args);
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        return process;
    }

    /// <summary>kill -9.</summary>
    public void KillHard() => _process.KillHard();

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
