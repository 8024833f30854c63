using Bluegreen.Engines.Local.Agent;
using Bluegreen.Engines.Local.Artifacts;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.IntegrationTests.Processes;

/// <summary>
/// A real agent on a temporary state folder, and builders for sample-app specs on free ports. Disposal shuts the
/// agent down and then kills, by pid, anything of this run still alive.
/// </summary>
internal sealed class AgentHarness : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly PublishedApps _apps;
    private readonly HashSet<int> _agentPids = [];

    private AgentHarness(PublishedApps apps)
    {
        _apps = apps;
        StateDirectory = Directory.CreateTempSubdirectory("bluegreen-agent-").FullName;
    }

    public string StateDirectory { get; }

    /// <summary>In every instance's environment, so leftovers of this run can be found and killed.</summary>
    public string RunMarker { get; } = $"BLUEGREEN_TEST_RUN={Guid.NewGuid():N}";

    public string ActiveColorFile => Path.Combine(StateDirectory, "active-color");

    public AgentClient Client { get; private set; } = null!;

    public static async Task<AgentHarness> StartAsync(PublishedApps apps)
    {
        var harness = new AgentHarness(apps);
        await harness.ConnectAsync();
        return harness;
    }

    /// <summary>Connects to the folder's agent, starting a new one when none answers.</summary>
    public async Task ConnectAsync()
    {
        Client?.Dispose();
        Client = await new AgentLauncher().EnsureRunningAsync(StateDirectory, _apps.AgentDll, null, CancellationToken.None);
        _agentPids.Add(Client.Endpoint.Pid);
    }

    public ProcessSpec Web(string id, string color, string version, int port) => Sample(id, "web", color, version, port);

    public ProcessSpec Worker(string id, string color, int port) => Sample(id, "worker", color, "1.0.0", port);

    public Task<ObservedProcessSet> ApplyAsync(params ProcessSpec[] specs) =>
        Client.PutProcessesAsync(new DesiredProcessSet { Processes = specs }, CancellationToken.None);

    public Task<ObservedProcessSet> WaitUntilHealthyAsync(params ProcessSpec[] specs) =>
        Client.WaitUntilHealthyAsync(specs.Select(s => s.Id).ToList(), StartTimeout, CancellationToken.None);

    public async Task<ProcessStatus> StatusAsync(string id) =>
        (await Client.GetProcessesAsync(CancellationToken.None)).Processes.Single(p => p.Id == id);

    /// <summary>Waits until the status of <paramref name="id"/> satisfies <paramref name="condition"/>, and returns it.</summary>
    public async Task<ProcessStatus> WaitForAsync(string id, Func<ProcessStatus, bool> condition, string what)
    {
        ProcessStatus status = null!;
        await OsProcesses.EventuallyAsync(async () => condition(status = await StatusAsync(id)), StartTimeout, $"{id} {what}");
        return status;
    }

    /// <summary>Live processes of this run that carry <paramref name="id"/> as their instance name.</summary>
    public IReadOnlyList<int> InstancesNamed(string id) =>
        OsProcesses.WithEnvironment($"BLUEGREEN_INSTANCE={id}")
            .Intersect(OsProcesses.WithEnvironment(RunMarker))
            .ToList();

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await Client.ShutdownAsync(limit.Token);
        }
        catch (Exception failure) when (failure is Bluegreen.Engines.StackFailureException or OperationCanceledException or HttpRequestException)
        {
            // The agent may already be gone; what it left behind is killed below.
        }

        foreach (var pid in OsProcesses.WithEnvironment(RunMarker))
        {
            OsProcesses.Kill(pid);
        }

        var agents = _agentPids.Where(pid => OsProcesses.CommandLine(pid).Contains(StateDirectory, StringComparison.Ordinal)).ToList();
        for (var waited = 0; waited < 100 && agents.Any(OsProcesses.IsAlive); waited++)
        {
            await Task.Delay(100);
        }

        // Still alive after 10 s means shutdown failed: kill it so nothing outlives the test.
        agents.ForEach(OsProcesses.Kill);

        Client.Dispose();
        Directory.Delete(StateDirectory, recursive: true);
    }

    private ProcessSpec Sample(string id, string role, string color, string version, int port) => new()
    {
        Id = id,
        FileName = DotnetHost.Path,
        Arguments = [_apps.SampleDll, "--role", role],
        Environment = new Dictionary<string, string>
        {
            ["BLUEGREEN_COLOR"] = color,
            ["BLUEGREEN_VERSION"] = version,
            ["BLUEGREEN_SERVICE"] = role,
            ["BLUEGREEN_INSTANCE"] = id,
            ["BLUEGREEN_ACTIVE_COLOR_FILE"] = ActiveColorFile,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            [RunMarker.Split('=')[0]] = RunMarker.Split('=')[1],
        },
        LogFile = Path.Combine(StateDirectory, "instances", $"{id}.log"),
        HealthUrl = $"http://127.0.0.1:{port}/health",
        Port = port,
        Labels = new ProcessLabels { Service = role, Color = color, Role = role },
    };
}
