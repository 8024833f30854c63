using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Router.Logging;
using Bluegreen.Router.Routing;
using Bluegreen.Router.State;

namespace Bluegreen.Router.Hosting;

/// <summary>Reads the state folder, binds the ports, serves until SIGTERM; failures become a message and a named exit code.</summary>
internal static class RouterProgram
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        RouterStateDirectory files;
        try
        {
            files = new RouterStateDirectory(RouterArguments.Parse(args).StateDirectory);
        }
        catch (RouterStartupException failure)
        {
            await stderr.WriteLineAsync($"error: {failure.Message}");
            return failure.ExitCode;
        }

        var time = TimeProvider.System;
        using var logs = new FileLoggerProvider(files.FileOf(RouterStateFiles.Log), time);
        var log = logs.CreateLogger("Bluegreen.Router");
        try
        {
            var startup = RouterStartup.Load(files);
            await using var app = RouterApplication.Build(startup, logs, time);
            await StartAsync(app, startup);
            var ready = $"router ready: production 127.0.0.1:{startup.Snapshot.ProductionPort} -> {startup.Routing.ColorOf(ListenerKind.Production).Name()}, "
                + $"test 127.0.0.1:{startup.Snapshot.TestPort} -> {startup.Routing.ColorOf(ListenerKind.Test).Name()}, "
                + $"admin 127.0.0.1:{startup.Snapshot.AdminPort}, snapshot version {startup.Snapshot.Version}";
            RouterLog.Ready(log, ready);
            await stdout.WriteLineAsync(ready);
            await app.WaitForShutdownAsync();
            RouterLog.Stopped(log);
            return RouterExitCodes.Success;
        }
        catch (RouterStartupException failure)
        {
            var details = string.Concat(failure.Details.Select(d => $"\n  - {d}"));
            RouterLog.StartupRefused(log, failure.Message, details);
            await stderr.WriteLineAsync($"error: {failure.Message}{details}");
            return failure.ExitCode;
        }
        catch (Exception failure)
        {
            RouterLog.Crashed(log, failure);
            await stderr.WriteLineAsync($"error: the router failed unexpectedly: {failure.Message} (details in {files.FileOf(RouterStateFiles.Log)})");
            return RouterExitCodes.UnexpectedError;
        }
    }

    private static async Task StartAsync(WebApplication app, RouterStartup startup)
    {
        try
        {
            await app.StartAsync();
        }
        catch (IOException) when (TakenPorts.Of(startup.Snapshot) is { Count: > 0 } taken)
        {
            throw new RouterStartupException(
                RouterExitCodes.PortInUse,
                $"{string.Join(" and ", taken)} on 127.0.0.1 {(taken.Count == 1 ? "is" : "are")} already in use by another process. "
                + "Stop that process, or choose other ports in the stack settings, then start the router again.");
        }
    }
}
