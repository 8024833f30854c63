using System.Diagnostics;
using System.Globalization;
using Bluegreen.Components;
using Bluegreen.Engines.Local.Postgres;

namespace Bluegreen.Bench.Postgres;

/// <summary>Figures of one benchmark run, in seconds.</summary>
internal sealed record PostgresBenchmarkFigures(
    double BootstrapSeconds, double DrillEmptySeconds, double LoadSeconds, long LoadedDatabaseBytes, double DrillLoadedSeconds)
{
    public IEnumerable<string> Lines() =>
    [
        Line("bootstrap: initdb, primary and 2 streaming replicas (empty)", BootstrapSeconds),
        Line("drill on the empty database: drop replica-blue, rebuild it, streaming", DrillEmptySeconds),
        Line($"load: pgbench -i into the app database ({LoadedDatabaseBytes / (1024 * 1024)} MB)", LoadSeconds),
        Line($"drill at {LoadedDatabaseBytes / (1024 * 1024)} MB: drop replica-blue, rebuild it, streaming", DrillLoadedSeconds),
    ];

    private static string Line(string step, double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds,7:0.000} s  {step}");
}

/// <summary>
/// Times what the local engine does to the database: a bootstrap from nothing and a replica drill (teardown and rebuild)
/// at an empty and at a loaded database. It builds its own cluster in <see cref="LocalDatabaseOptions.StateDirectory"/>
/// and purges it afterwards.
/// </summary>
internal static class PostgresBenchmark
{
    /// <summary>pgbench scale 6 loads about 100 MB (600,000 accounts).</summary>
    public const int DefaultScale = 6;

    public static async Task<PostgresBenchmarkFigures> RunAsync(LocalDatabaseOptions options, int pgbenchScale, CancellationToken cancellationToken)
    {
        var cluster = LocalDatabaseCluster.Open(options);
        try
        {
            var bootstrap = await TimeAsync(() => cluster.EnsureAllAsync(cancellationToken));
            var drillEmpty = await TimeAsync(() => DrillAsync(cluster, cancellationToken));
            var load = await TimeAsync(() => cluster.LoadSampleDataAsync(pgbenchScale, cancellationToken));
            var size = await AppDatabase.SizeAsync(cluster.Layout, cancellationToken);
            var drillLoaded = await TimeAsync(() => DrillAsync(cluster, cancellationToken));
            return new PostgresBenchmarkFigures(bootstrap, drillEmpty, load, size, drillLoaded);
        }
        finally
        {
            await cluster.PurgeAsync(CancellationToken.None);
        }
    }

    private static async Task DrillAsync(LocalDatabaseCluster cluster, CancellationToken cancellationToken)
    {
        await cluster.DropReplicaAsync(DeploymentColor.Blue, cancellationToken);
        await cluster.EnsureReplicaAsync(DeploymentColor.Blue, cancellationToken);
    }

    private static async Task<double> TimeAsync(Func<Task> step)
    {
        var clock = Stopwatch.StartNew();
        await step();
        return clock.Elapsed.TotalSeconds;
    }
}
