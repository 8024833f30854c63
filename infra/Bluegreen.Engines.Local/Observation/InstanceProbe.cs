using System.Text.Json;
using Bluegreen.Engines.Local.Topology;

namespace Bluegreen.Engines.Local.Observation;

/// <summary>Asks instances who they are: a web instance answers GET /, a worker GET /status, both with color and version.</summary>
internal static class InstanceProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>The identity of every instance that answers in time, by instance id (the slot's, not what it claims).</summary>
    public static async Task<IReadOnlyDictionary<string, InstanceIdentity>> IdentitiesAsync(
        IReadOnlyList<InstanceSlot> instances, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = Timeout }) { Timeout = Timeout };
        var answers = await Task.WhenAll(instances.Select(async slot => (slot.Id, Identity: await AskAsync(http, slot, cancellationToken))));
        return answers.Where(answer => answer.Identity is not null).ToDictionary(answer => answer.Id, answer => answer.Identity!, StringComparer.Ordinal);
    }

    public static async Task<InstanceIdentity?> AskAsync(HttpClient http, InstanceSlot slot, CancellationToken cancellationToken)
    {
        try
        {
            var body = await http.GetStringAsync(new Uri(slot.Address + (slot.IsWeb ? "/" : "/status")), cancellationToken);
            return Parse(body);
        }
        catch (Exception silent) when (silent is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Reads color, version and instance from an instance's JSON answer; null when it is not such an answer.</summary>
    public static InstanceIdentity? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && Text(root, "color") is { } color && Text(root, "version") is { } version && Text(root, "instance") is { } instance
                ? new InstanceIdentity(color, version, instance)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
