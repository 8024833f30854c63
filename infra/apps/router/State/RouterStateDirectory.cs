using System.Text.Json;
using Bluegreen.Local.Contracts.Os;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.Router.State;

/// <summary>The router's files in its state folder: reads them at start, persists switches and topology changes.</summary>
internal sealed class RouterStateDirectory(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string FileOf(string name) => System.IO.Path.Combine(Path, name);

    public RouterSnapshot LoadSnapshot()
    {
        var file = FileOf(RouterStateFiles.Snapshot);
        if (!File.Exists(file))
        {
            throw new RouterStartupException(
                RouterExitCodes.InvalidInput,
                $"No {RouterStateFiles.Snapshot} in {Path}. Write the topology there before starting the router (the local engine does this on `up`).");
        }

        var snapshot = RouterSnapshotJson.Parse(ReadState(file), out var errors);
        return snapshot ?? throw new RouterStartupException(
            RouterExitCodes.CorruptState,
            $"{file} is not a valid router snapshot. Fix the fields below or let the local engine rewrite it.",
            errors);
    }

    /// <returns>The persisted served color, or null on the first start.</returns>
    public string? LoadServedColor()
    {
        var file = FileOf(RouterStateFiles.ServedColor);
        if (!File.Exists(file))
        {
            return null;
        }

        var color = ReadState(file).Trim();
        return RouterColors.IsKnown(color)
            ? color
            : throw new RouterStartupException(
                RouterExitCodes.CorruptState,
                $"{file} holds \"{Shorten(color)}\" but must hold {RouterColors.AllowedValues}. Write the color that should be live into it, or delete it to start on the snapshot's defaultColor.");
    }

    public ListenerOverrides LoadListenerOverrides()
    {
        var file = FileOf(RouterStateFiles.ListenerOverrides);
        if (!File.Exists(file))
        {
            return ListenerOverrides.None;
        }

        ListenerOverrides? overrides;
        try
        {
            overrides = JsonSerializer.Deserialize(ReadState(file), RoutingJsonContext.Default.ListenerOverrides);
        }
        catch (JsonException failure)
        {
            throw CorruptOverrides(file, failure.Message);
        }

        if (overrides is null
            || overrides.Production is { } p && !RouterColors.IsKnown(p)
            || overrides.Test is { } t && !RouterColors.IsKnown(t))
        {
            throw CorruptOverrides(file, $"each listener must be {RouterColors.AllowedValues} or absent");
        }

        return overrides;
    }

    /// <remarks>
    /// Written on every switch, inside the switch's round trip: atomic and kill -9 safe, but not fsynced, because two
    /// fsyncs cost several milliseconds on a busy disk. After a machine crash the last switch may be lost; the engine
    /// keeps the intended color in its own state and `bluegreen up` puts the router back on it.
    /// </remarks>
    public void SaveServedColor(string color) => AtomicFile.Write(FileOf(RouterStateFiles.ServedColor), color + "\n", syncToDisk: false);

    public void SaveListenerOverrides(ListenerOverrides overrides)
    {
        var file = FileOf(RouterStateFiles.ListenerOverrides);
        if (overrides.IsEmpty)
        {
            AtomicFile.Delete(file);
        }
        else
        {
            AtomicFile.Write(file, JsonSerializer.Serialize(overrides, RoutingJsonContext.Default.ListenerOverrides) + "\n");
        }
    }

    public void SaveSnapshot(RouterSnapshot snapshot) =>
        AtomicFile.Write(FileOf(RouterStateFiles.Snapshot), RouterSnapshotJson.Serialize(snapshot));

    public string LoadOrCreateAdminToken()
    {
        try
        {
            return AdminTokenFile.ReadOrCreate(Path);
        }
        catch (InvalidDataException failure)
        {
            throw new RouterStartupException(RouterExitCodes.CorruptState, failure.Message);
        }
    }

    private static string ReadState(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new RouterStartupException(RouterExitCodes.CorruptState, $"Cannot read {file}: {failure.Message}");
        }
    }

    private static RouterStartupException CorruptOverrides(string file, string problem) => new(
        RouterExitCodes.CorruptState,
        $"{file} is not valid ({problem}). Delete it to put both listeners back on the served color.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
