using System.Diagnostics;
using System.Globalization;
using Bluegreen.Bench.Local;
using Bluegreen.Stacks.Apps;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Bench;

/// <summary>
/// The local stack of the sample app, for real: up, drift, switch, and drills at an empty database and after loading
/// pgbench data (<c>--scales 6,64</c>, the default: about 100 MB and 1 GB). Run from the repository; it uses
/// <c>Pulumi.local.yaml</c>'s sizes on free ports in a temporary folder. <c>--verbose</c> shows the engine's progress
/// lines on standard error, each with the seconds since the benchmark started.
/// </summary>
internal static class LocalBenchmark
{
    public static void Run(TextWriter output)
    {
        var projectDirectory = ProjectFolder.Find(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException($"Run the local benchmark from the repository (no Pulumi.yaml or Infra.sln at or above {Environment.CurrentDirectory}).");
        var template = new StackSettingsLoader(SampleApp.Definition).LoadValid(projectDirectory, "local");
        var args = Environment.GetCommandLineArgs();
        var clock = Stopwatch.StartNew();
        Action<string> progress = args.Contains("--verbose")
            ? line => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds,8:0.000}  {line}"))
            : _ => { };
        var benchmark = new LocalStackBenchmark(projectDirectory, SampleApp.Definition, output, progress);
        benchmark.RunAsync(template, Scales(args), CancellationToken.None).GetAwaiter().GetResult();
    }

    private static List<int> Scales(string[] args)
    {
        var at = Array.IndexOf(args, "--scales");
        var text = at >= 0 && at + 1 < args.Length ? args[at + 1] : "6,64";
        return text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(scale => int.Parse(scale, CultureInfo.InvariantCulture)).ToList();
    }
}
