using System.Net.Http.Json;

namespace Bluegreen.IntegrationTests.Processes;

/// <summary>Requests to sample-app instances on loopback.</summary>
internal static class SampleHttp
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };

    public static Task<HttpResponseMessage> GetAsync(int port, string path) =>
        Client.GetAsync(new Uri($"http://127.0.0.1:{port}{path}"));

    /// <summary>A GET with <c>Connection: close</c>: the server closes the connection first.</summary>
    public static async Task<HttpResponseMessage> GetClosingAsync(int port, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}{path}"));
        request.Headers.ConnectionClose = true;
        return await Client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostAsync(int port, string path) =>
        Client.PostAsync(new Uri($"http://127.0.0.1:{port}{path}"), null);

    public static async Task<T> GetJsonAsync<T>(int port, string path) =>
        (await Client.GetFromJsonAsync<T>(new Uri($"http://127.0.0.1:{port}{path}")))!;
}

internal sealed record IdentityAnswer(string Service, string Color, string Version, string Instance);

internal sealed record WorkerStatusAnswer(string Color, string Version, string Instance, bool Active, long JobsRun, string? ActiveColor);
