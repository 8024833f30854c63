using System.Text.Json;
using Bluegreen.Infra.Local.Agent;

namespace Bluegreen.Agent.State;

/// <summary>
/// Writes JSON state files readable by the owner only (they can hold connection strings and tokens), through a
/// temporary file and a rename, so a reader or a crash never sees half a file.
/// </summary>
internal static class AtomicFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void WriteJson<T>(string path, T value)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly };
        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, value, AgentJson.Options);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

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
