using System.Text.Json;
using Bluegreen.PulumiStandIn;

// Answers the next call scripted in $PULUMI_STANDIN_SCENARIO/calls.json, after appending the actual call to
// invocations.log (one JSON object per line). A call that is not the next one scripted exits 99.
const int UnexpectedCall = 99;
var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

var scenario = Environment.GetEnvironmentVariable("PULUMI_STANDIN_SCENARIO");
if (string.IsNullOrEmpty(scenario) || !File.Exists(Path.Combine(scenario, "calls.json")))
{
    await Console.Error.WriteLineAsync("pulumi stand-in: PULUMI_STANDIN_SCENARIO must name a folder holding calls.json");
    return UnexpectedCall;
}

var calls = JsonSerializer.Deserialize<List<ExpectedCall>>(await File.ReadAllTextAsync(Path.Combine(scenario, "calls.json")), options) ?? [];
var logPath = Path.Combine(scenario, "invocations.log");
var number = File.Exists(logPath) ? (await File.ReadAllLinesAsync(logPath)).Length : 0;
var invocation = new
{
    args,
    skipUpdateCheck = Environment.GetEnvironmentVariable("PULUMI_SKIP_UPDATE_CHECK"),
};
await File.AppendAllTextAsync(logPath, JsonSerializer.Serialize(invocation, options) + "\n");

var actual = "pulumi " + string.Join(' ', args);
if (number >= calls.Count)
{
    await Console.Error.WriteLineAsync($"pulumi stand-in: unexpected call #{number + 1}: {actual}\nthe scenario scripts only {calls.Count} calls");
    return UnexpectedCall;
}

var expected = calls[number];
if (!expected.Args.SequenceEqual(args))
{
    await Console.Error.WriteLineAsync(
        $"pulumi stand-in: unexpected call #{number + 1}: {actual}\nexpected: pulumi {string.Join(' ', expected.Args)}");
    return UnexpectedCall;
}

if (expected.StdoutFile is not null)
{
    await Console.Out.WriteAsync(await File.ReadAllTextAsync(Path.Combine(scenario, expected.StdoutFile)));
}

await Console.Out.WriteAsync(expected.Stdout ?? "");
await Console.Error.WriteAsync(expected.Stderr ?? "");
return expected.ExitCode;
