using System.Net;
using System.Net.Http.Json;
using Bluegreen.IntegrationTests.Processes;
using Bluegreen.IntegrationTests.Routing;

namespace Bluegreen.IntegrationTests.Migrations;

/// <summary>One real sample-app web process of a given version, writing to the primary and reading from its color's replica.</summary>
internal sealed class SampleAppInstance : IAsyncDisposable
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };

    private readonly ChildProcess _process;
    private readonly int _port;

    private SampleAppInstance(ChildProcess process, int port)
    {
        _process = process;
        _port = port;
    }

    public static async Task<SampleAppInstance> StartAsync(string color, string version, string primary, string replica)
    {
        var port = OsProcesses.FreePort();
        var process = ChildProcess.StartDotnet(AppBinaries.SampleApp, new Dictionary<string, string>
        {
            ["BLUEGREEN_COLOR"] = color,
            ["BLUEGREEN_VERSION"] = version,
            ["BLUEGREEN_PRIMARY_CONNECTION"] = primary,
            ["BLUEGREEN_REPLICA_CONNECTION"] = replica,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        });
        var instance = new SampleAppInstance(process, port);
        await OsProcesses.EventuallyAsync(instance.IsLiveAsync, TimeSpan.FromSeconds(30), $"sample {version} on {color} answers /health");
        return instance;
    }

    /// <summary>POST /accounts; the status and the body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> CreateAccountAsync(string email, bool verified)
    {
        using var response = await Client.PostAsync(Url($"/accounts?email={email}&verified={(verified ? "true" : "false")}"), null);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>GET /accounts/verified: what this version reads as verified and in total.</summary>
    public async Task<VerifiedAnswer> VerifiedAsync() => (await Client.GetFromJsonAsync<VerifiedAnswer>(Url("/accounts/verified")))!;

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private async Task<bool> IsLiveAsync()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The sample app exited with {_process.ExitCode}: {_process.Stderr}");
        }

        try
        {
            using var response = await Client.GetAsync(Url("/health"));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private Uri Url(string path) => new($"http://127.0.0.1:{_port}{path}");
}

internal sealed record VerifiedAnswer(long Verified, long Total, string Column);
