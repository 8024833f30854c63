using System.Text.Json;

namespace Bluegreen.StandInReplay;

/// <summary>
/// Answers the next call scripted in <c>&lt;scenario&gt;/calls.json</c>, after appending the actual call to
/// <c>invocations.log</c> (one JSON object per line: <c>args</c> plus the recorded fields). A call that is not the
/// next one scripted exits <see cref="UnexpectedCall"/>.
/// </summary>
public static class ScriptedReplay
{
    public const int UnexpectedCall = 99;
    public const string ScriptFile = "calls.json";
    public const string LogFile = "invocations.log";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="program">The program stood in for, e.g. <c>aws</c>; used in messages.</param>
    /// <param name="scenarioVariable">The environment variable naming the scenario folder.</param>
    /// <param name="recorded">Extra fields written next to <c>args</c> in the log, e.g. environment values the caller must set.</param>
    public static async Task<int> RunAsync(
        string program,
        string scenarioVariable,
        IReadOnlyList<string> args,
        IReadOnlyDictionary<string, string?> recorded)
    {
        var scenario = Environment.GetEnvironmentVariable(scenarioVariable);
        if (string.IsNullOrEmpty(scenario) || !File.Exists(Path.Combine(scenario, ScriptFile)))
        {
            await Console.Error.WriteLineAsync($"{program} stand-in: {scenarioVariable} must name a folder holding {ScriptFile}");
            return UnexpectedCall;
        }

        var calls = JsonSerializer.Deserialize<List<ScriptedCall>>(await File.ReadAllTextAsync(Path.Combine(scenario, ScriptFile)), Json) ?? [];
        var logPath = Path.Combine(scenario, LogFile);
        var number = File.Exists(logPath) ? (await File.ReadAllLinesAsync(logPath)).Length : 0;
        var invocation = new Dictionary<string, object?> { ["args"] = args };
        foreach (var (name, value) in recorded)
        {
            invocation[name] = value;
        }

        await File.AppendAllTextAsync(logPath, JsonSerializer.Serialize(invocation, Json) + "\n");

        var actual = program + " " + string.Join(' ', args);
        if (number >= calls.Count)
        {
            await Console.Error.WriteLineAsync($"{program} stand-in: unexpected call #{number + 1}: {actual}\nthe scenario scripts only {calls.Count} calls");
            return UnexpectedCall;
        }

        var expected = calls[number];
        if (!expected.Args.SequenceEqual(args))
        {
            await Console.Error.WriteLineAsync(
                $"{program} stand-in: unexpected call #{number + 1}: {actual}\nexpected: {program} {string.Join(' ', expected.Args)}");
            return UnexpectedCall;
        }

        if (expected.StdoutFile is not null)
        {
            await Console.Out.WriteAsync(await File.ReadAllTextAsync(Path.Combine(scenario, expected.StdoutFile)));
        }

        await Console.Out.WriteAsync(expected.Stdout ?? "");
        await Console.Error.WriteAsync(expected.Stderr ?? "");
        return expected.ExitCode;
    }
}
