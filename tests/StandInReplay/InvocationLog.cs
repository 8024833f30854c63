using System.Text.Json;

namespace Bluegreen.StandInReplay;

/// <summary>The test side of a scenario: writing the script and reading back what the stand-in received.</summary>
public static class InvocationLog
{
    public static void WriteScript(string scenarioFolder, IReadOnlyList<ScriptedCall> calls) =>
        File.WriteAllText(Path.Combine(scenarioFolder, ScriptedReplay.ScriptFile), JsonSerializer.Serialize(calls, ScriptedReplay.Json));

    /// <summary>Every call received, oldest first, as logged: <c>args</c> plus the recorded fields.</summary>
    public static IReadOnlyList<JsonElement> Read(string scenarioFolder)
    {
        var log = Path.Combine(scenarioFolder, ScriptedReplay.LogFile);
        return File.Exists(log)
            ? File.ReadAllLines(log).Where(line => line.Length > 0).Select(line => JsonSerializer.Deserialize<JsonElement>(line)).ToList()
            : [];
    }

    /// <summary>The argument lists received, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Arguments(string scenarioFolder) =>
        Read(scenarioFolder)
            .Select(line => (IReadOnlyList<string>)line.GetProperty("args").EnumerateArray().Select(arg => arg.GetString()!).ToList())
            .ToList();
}
