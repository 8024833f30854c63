using System.Runtime.Versioning;
using Bluegreen.Bench.Postgres;
using Bluegreen.Engines.Local.Postgres;
using Bluegreen.Tests.Common;
using Xunit.Abstractions;

namespace Bluegreen.IntegrationTests.Postgres;

/// <summary>Runs only when BLUEGREEN_BENCH=1 (infra/scripts/bench-postgres.sh sets it and shows the "bench| " lines): it prints figures, it checks no speed.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("BLUEGREEN_BENCH") != "1")
        {
            Skip = "A benchmark: run infra/scripts/bench-postgres.sh.";
        }
    }
}

[SupportedOSPlatform("linux")]
public sealed class PostgresBenchmarkTests(ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task Benchmark_BootstrapAndDrills_PrintsFigures()
    {
        using var folder = new TestStateFolder();
        var scale = int.TryParse(Environment.GetEnvironmentVariable("BLUEGREEN_BENCH_SCALE"), out var parsed) ? parsed : PostgresBenchmark.DefaultScale;
        var steps = new List<string>();
        var options = new LocalDatabaseOptions
        {
            StateDirectory = folder.StateDirectory,
            PrimaryPort = FreePorts.ForCluster(),
            Progress = step => { lock (steps) { steps.Add(step); } },
        };

        var figures = await PostgresBenchmark.RunAsync(options, scale, CancellationToken.None);

        foreach (var line in figures.Lines())
        {
            output.WriteLine("bench| " + line);
        }

        output.WriteLine("bench| steps:");
        foreach (var step in steps)
        {
            output.WriteLine("bench|   " + step);
        }

        // pgbench_accounts alone holds scale × 100,000 rows of about 120 bytes.
        Assert.True(figures.LoadedDatabaseBytes > scale * 100_000L * 100, $"only {figures.LoadedDatabaseBytes} bytes loaded");
        Assert.False(Directory.Exists(Path.Combine(folder.StateDirectory, "pg")));
    }
}
