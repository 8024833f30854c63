using System.Diagnostics;
using System.Globalization;
using Bluegreen.Components;
using Bluegreen.Engines;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Drill;
using Bluegreen.Engines.Local;
using Bluegreen.Engines.Local.Artifacts;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Local.Contracts.Os;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Bench.Local;

/// <summary>
/// Times a whole local stack through the engine, on free ports in a temporary state folder under /tmp: up from
/// nothing, up again, drift checks, switches, and a drill of the idle color at each database size while a steady
/// load runs on the production listener (counting failed requests). Purges everything afterwards.
/// </summary>
/// <param name="progress">Receives the engine's progress lines (what it starts and how long each PostgreSQL step took).</param>
internal sealed class LocalStackBenchmark(string projectDirectory, AppDefinition app, TextWriter output, Action<string> progress)
{
    /// <summary>Requests per second on the production listener during each drill.</summary>
    public const int DrillLoadRate = 200;

    private const int Repeats = 5;

    /// <param name="pgbenchScales">Database sizes to drill at after the empty one: pgbench scale 6 is about 100 MB, 64 about 1 GB.</param>
    public async Task RunAsync(StackSettings template, IReadOnlyList<int> pgbenchScales, CancellationToken cancellationToken)
    {
        var artifacts = new AppArtifacts(projectDirectory);
        foreach (var name in new[] { "agent", "sample", "router" })
        {
            await artifacts.ResolveAsync(name, line => output.WriteLine($"  ({line})"), cancellationToken);
        }

        var folder = Directory.CreateTempSubdirectory("bgbench-");
        // PostgreSQL runs as another user when this runs as root; it must pass through the folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        var settings = BenchmarkSettings(template, Path.Combine(folder.FullName, "stack"));
        var engine = LocalStackEngine.Create(settings, app, projectDirectory, TimeProvider.System, progress);
        try
        {
            var web = settings.Services.Where(s => app.WebServices.Any(w => w.Name == s.Key)).Sum(s => s.Value.DesiredCount);
            var workers = settings.Services.Sum(s => s.Value.DesiredCount) - web;
            output.WriteLine($"local stack: {web} web + {workers} worker instance(s) per color, PostgreSQL primary + 2 replicas, router, agent");
            Line("up from nothing (empty database, apps already published)", await TimedAsync(() => engine.UpAsync(cancellationToken)), "goal <= 6 s");
            Line("up again (nothing to change)", await TimedAsync(() => engine.UpAsync(cancellationToken)));
            Line($"drift check of the whole stack (median of {Repeats})", await MedianAsync(() => engine.DetectDriftAsync(new DriftOptions(), cancellationToken)), "goal < 1 s");
            Line($"switch, until the router serves the other color (median of {Repeats})", await MedianAsync(() => SwitchAsync(engine, cancellationToken)));

            var database = LocalDatabaseCluster.Open(new LocalDatabaseOptions { StateDirectory = engine.StateDirectory, PrimaryPort = settings.Local!.PostgresPort });
            await DrillAsync(engine, settings, "empty database", cancellationToken);
            foreach (var scale in pgbenchScales)
            {
                var load = await TimedAsync(() => database.LoadSampleDataAsync(scale, cancellationToken));
                var size = await AppDatabase.SizeAsync(database.Layout, cancellationToken);
                Line($"load: pgbench -i -s {scale} into the primary ({size / (1024 * 1024)} MB)", load);
                await DrillAsync(engine, settings, $"{size / (1024 * 1024)} MB (pgbench scale {scale})", cancellationToken);
            }
        }
        finally
        {
            await engine.DownAsync(purge: true, CancellationToken.None);
            folder.Delete(recursive: true);
        }
    }

    private async Task DrillAsync(LocalStackEngine engine, StackSettings settings, string label, CancellationToken cancellationToken)
    {
        await using var load = SteadyLoad.Start(new Uri($"http://127.0.0.1:{settings.Local!.ProductionPort}/"), DrillLoadRate);
        var report = await engine.DrillAsync(null, cancellationToken);
        var requests = await load.StopAsync();
        var phases = string.Join("  ", report.Phases.Select(phase => Invariant($"{phase.Name} {phase.DurationSeconds:0.000}")));
        var failed = requests.Count(request => !request.Succeeded);
        output.WriteLine(Invariant($"  drill of {report.Color?.Name()}, {label}: {report.Result.ToString().ToLowerInvariant()}; {phases}"));
        output.WriteLine(Invariant($"    recovery {report.RecoverySeconds:0.000} s; production requests during the drill: {requests.Count}, failed: {failed} (goal 0)"));
        if (report.Result != DrillResult.Passed)
        {
            output.WriteLine($"    {report.Message}");
        }
    }

    private static async Task SwitchAsync(LocalStackEngine engine, CancellationToken cancellationToken)
    {
        var status = await engine.StatusAsync(cancellationToken);
        var result = await engine.SwitchAsync(status.IdleColor, force: false, cancellationToken);
        if (result.Result != OperationResult.Succeeded)
        {
            throw new InvalidOperationException($"switch {result.Result}: {result.Message}");
        }
    }

    /// <summary>The template's sizes and versions, on free loopback ports, with its state in <paramref name="stateDirectory"/>.</summary>
    private static StackSettings BenchmarkSettings(StackSettings template, string stateDirectory)
    {
        var instances = template.Services.Sum(s => s.Value.DesiredCount) * DeploymentColors.All.Count;
        var first = FreeBlock(3 + 3 + instances);
        return template with
        {
            Local = template.Local! with
            {
                ProductionPort = first,
                TestPort = first + 1,
                AdminPort = first + 2,
                PostgresPort = first + 3,
                InstanceBasePort = first + 6,
                StateDirectory = stateDirectory,
            },
        };
    }

    private static int FreeBlock(int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var first = Random.Shared.Next(30000, 60000 - count);
            if (Enumerable.Range(first, count).All(PortProbe.IsFree))
            {
                return first;
            }
        }

        throw new InvalidOperationException($"No {count} consecutive free ports between 30000 and 60000.");
    }

    private static async Task<double> TimedAsync(Func<Task> step)
    {
        var clock = Stopwatch.StartNew();
        await step();
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> MedianAsync(Func<Task> step)
    {
        var samples = new List<double>();
        for (var i = 0; i < Repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            await step();
            samples.Add(clock.Elapsed.TotalSeconds);
        }

        samples.Sort();
        return samples[Repeats / 2];
    }

    private void Line(string step, double seconds, string goal = "") =>
        output.WriteLine(Invariant($"  {step,-72}{seconds,8:0.000} s  {goal}").TrimEnd());

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
