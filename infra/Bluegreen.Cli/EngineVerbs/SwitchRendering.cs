using Bluegreen.Components;
using Bluegreen.Engines;
using Spectre.Console;

namespace Bluegreen.Cli.EngineVerbs;

internal static class SwitchRendering
{
    /// <summary>Writes a switch or rollback result and returns the verb's exit code.</summary>
    public static int Write(CommandOutput output, TrafficSwitchResult result)
    {
        output.Result(result, console =>
        {
            console.WriteLine($"{result.Operation} {result.From.Name()} -> {result.To.Name()}: {result.Result.ToString().ToLowerInvariant()} in {EngineTables.Seconds(result.DurationSeconds)}");
            console.WriteLine(result.Message);
            EngineTables.Changes(console, result.TrafficChanges);
        });
        return EngineExitCodes.For(result.Engine, result.Result);
    }
}
