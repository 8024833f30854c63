using System.Text.Json;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Os;

namespace Bluegreen.Agent.State;

/// <summary>
/// The agent's JSON state files, readable by the owner only (they can hold connection strings and tokens), replaced
/// atomically so a reader or a crash never sees half a file.
/// </summary>
internal static class JsonStateFile
{
    public static void WriteJson<T>(string path, T value) =>
        AtomicFile.Write(path, JsonSerializer.Serialize(value, AgentJson.Options), ownerOnly: true);

    /// <summary>The file's content, or <paramref name="fallback"/> when it does not exist.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not the expected JSON.</exception>
    public static T ReadJson<T>(string path, T fallback)
    {
        if (!File.Exists(path))
        {
            return fallback;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), AgentJson.Options) ?? fallback;
        }
        catch (JsonException broken)
        {
            throw new InvalidDataException($"{path} is not valid: {broken.Message} Delete it to start from an empty state.", broken);
        }
    }
}
