namespace Bluegreen.IntegrationTests.Routing;

/// <summary>One app instance: the load generator's backend mode, answering with its color and instance id.</summary>
internal sealed class BackendProcess : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(1) };
    private ChildProcess? _process;

    public BackendProcess(string color, string instanceId, int port)
    {
        Color = color;
        InstanceId = instanceId;
        Port = port;
    }

    public string Color { get; }

    public string InstanceId { get; }

    public int Port { get; }

    public string Address => $"http://127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        _process = ChildProcess.StartDotnet(AppBinaries.LoadGen, "backend", "--port", $"{Port}", "--color", Color, "--instance", InstanceId);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var response = await Probe.GetAsync($"{Address}/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                if (_process.HasExited || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"backend {InstanceId} did not start: {_process.Stderr}", e);
                }
            }

            await Task.Delay(25);
        }
    }

    /// <summary>kill -9.</summary>
    public void KillHard() => _process?.KillHard();

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
