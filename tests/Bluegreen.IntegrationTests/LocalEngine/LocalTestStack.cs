using System.Runtime.Versioning;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Local;
using Bluegreen.Engines.Local.Agent;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Engines.Local.State;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.IntegrationTests.Processes;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Stacks.Apps;
using Bluegreen.Stacks.Settings;
using Xunit.Abstractions;

namespace Bluegreen.IntegrationTests.LocalEngine;

/// <summary>
/// One local stack of the sample app in its own temporary project, driven through <see cref="LocalStackEngine"/>.
/// Disposal runs <c>down --purge</c>, then kills by pid whatever of this stack is still alive, and deletes the folder.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class LocalTestStack : IAsyncDisposable
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.Zero })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    private readonly TestProject _project;
    private readonly List<string> _progress = [];

    private LocalTestStack(TestProject project, StackSettings settings)
    {
        _project = project;
        Settings = settings;
        Engine = CreateEngine();
        Folder = StackFolder.For(project.Path, settings.Local!);
    }

    public static AppDefinition App => SampleApp.Definition;

    public StackSettings Settings { get; }

    public LocalStackEngine Engine { get; }

    public StackFolder Folder { get; }

    public TestPorts Ports => _project.Ports;

    public string ProjectPath => _project.Path;

    /// <summary>Progress lines the engine printed, for failure messages.</summary>
    public IReadOnlyList<string> Progress { get { lock (_progress) { return [.. _progress]; } } }

    /// <summary>A stack that is configured but not brought up.</summary>
    public static LocalTestStack Create(string repositoryRoot, int webCount = 2, int workerCount = 1, string? stateDirectory = null, TestPorts? ports = null)
    {
        var project = new TestProject(repositoryRoot, ports ?? TestPorts.Pick(), webCount, workerCount, stateDirectory);
        try
        {
            return new LocalTestStack(project, new StackSettingsLoader(App).LoadValid(project.Path, "local"));
        }
        catch
        {
            project.Dispose();
            throw;
        }
    }

    public static async Task<LocalTestStack> UpAsync(string repositoryRoot, int webCount = 2, int workerCount = 1)
    {
        var stack = Create(repositoryRoot, webCount, workerCount);
        try
        {
            var up = await stack.Engine.UpAsync(CancellationToken.None);
            Assert.Equal(OperationResult.Succeeded, up.Result);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>A second engine on the same stack, as a second command would have.</summary>
    public LocalStackEngine CreateEngine() =>
        LocalStackEngine.Create(Settings, App, _project.Path, TimeProvider.System, line => { lock (_progress) { _progress.Add(line); } });

    public DesiredStack Desired(DeploymentColor active, string blueTag = "1.0.0", string greenTag = "1.0.0") =>
        DesiredStack.From(App, Settings, new Bluegreen.Engines.Local.Intent.StackIntent(active, blueTag, greenTag));

    public Task<HttpResponseMessage> GetProductionAsync(string path = "/") => Http.GetAsync(new Uri($"http://127.0.0.1:{Ports.Production}{path}"));

    public Task<HttpResponseMessage> GetTestAsync(string path = "/") => Http.GetAsync(new Uri($"http://127.0.0.1:{Ports.Test}{path}"));

    /// <summary>The X-Served-By header of one answer: "color/version/instance".</summary>
    public static string ServedBy(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Served-By", out var values) ? values.First() : $"(no header, status {(int)response.StatusCode})";

    public RouterAdminClient Admin() => RouterAdminClient.ForStateDirectory(Folder.Router, Ports.Admin);

    public async Task<AgentClient> AgentAsync() =>
        await new AgentLauncher().ConnectAsync(Folder.Path, CancellationToken.None) ?? throw new InvalidOperationException("no agent answers");

    public async Task<ProcessStatus> ProcessAsync(string id)
    {
        using var agent = await AgentAsync();
        return (await agent.GetProcessesAsync(CancellationToken.None)).Processes.Single(p => p.Id == id);
    }

    /// <summary>Polls status until the stack's phase is healthy (e.g. after a restart, until the router has probed every instance).</summary>
    public Task WaitHealthyAsync() => OsProcesses.EventuallyAsync(
        async () => (await Engine.StatusAsync(CancellationToken.None)).Local().Phase == Bluegreen.Engines.Local.Health.StackPhase.Healthy,
        TimeSpan.FromSeconds(30),
        "the stack is healthy");

    /// <summary>"id:pid" of every supervised process, sorted.</summary>
    public async Task<IReadOnlyList<string>> PidsAsync()
    {
        using var agent = await AgentAsync();
        var processes = (await agent.GetProcessesAsync(CancellationToken.None)).Processes;
        return [.. processes.Select(p => $"{p.Id}:{p.Pid}").Order(StringComparer.Ordinal)];
    }

    public void WriteTo(ITestOutputHelper output)
    {
        foreach (var line in Progress)
        {
            output.WriteLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        var agentPid = AgentPid();
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await CreateEngine().DownAsync(purge: true, limit.Token);
        }
        catch (Exception failure) when (failure is Bluegreen.Engines.StackFailureException or OperationCanceledException or IOException)
        {
            // Whatever survived is killed below.
        }

        foreach (var pid in Bluegreen.Engines.Local.Observation.MarkedProcesses.WithEnvironment(ProcessSpecs.StateMarker, Folder.Path).Select(p => p.Pid))
        {
            OsProcesses.Kill(pid);
        }

        if (agentPid is { } pid2 && OsProcesses.CommandLine(pid2).Contains(Folder.Path, StringComparison.Ordinal))
        {
            OsProcesses.Kill(pid2);
        }

        var databases = Path.Combine(Folder.Path, "pg");
        foreach (var data in Directory.Exists(databases) ? Directory.GetDirectories(databases) : [])
        {
            if (PostmasterPidFile.Read(data) is { } server && OsProcesses.IsAlive(server.Pid))
            {
                OsProcesses.Kill(server.Pid);
            }
        }

        _project.Dispose();
    }

    private int? AgentPid()
    {
        try
        {
            var endpoint = System.Text.Json.JsonSerializer.Deserialize<AgentEndpoint>(
                File.ReadAllText(new AgentFiles(Folder.Path).Endpoint), AgentJson.Options);
            return endpoint?.Pid;
        }
        catch (Exception missing) when (missing is IOException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
