using System.Diagnostics;
using Bluegreen.LoadGen.Backend;
using Bluegreen.Local.Contracts.Routing;

namespace Bluegreen.LoadGen.Load;

/// <summary>
/// Open-loop load: request i is sent at start + i/rate whether or not earlier ones were answered, while the router
/// is switched every few hundred milliseconds through its admin API. Requests and switches share one clock.
/// </summary>
internal static class FixedRateRun
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static async Task<LoadReport> RunAsync(RunOptions options)
    {
        using var admin = RouterAdminClient.ForStateDirectory(options.RouterStateDirectory, options.Snapshot.AdminPort);
        await admin.WaitUntilReadyAsync(TimeSpan.FromSeconds(10));
        using var http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = options.Connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { Timeout = RequestTimeout };
        if (options.WarmupSeconds > 0)
        {
            // Same load and switches, not reported: JIT and connection pools settle before measuring.
            await RunPhaseAsync(options with { Seconds = options.WarmupSeconds }, admin, http);
        }

        return await RunPhaseAsync(options, admin, http);
    }

    private static async Task<LoadReport> RunPhaseAsync(RunOptions options, RouterAdminClient admin, HttpClient http)
    {
        var initial = (await admin.StatusAsync()).ServedColor;
        var production = new Uri($"http://127.0.0.1:{options.Snapshot.ProductionPort}/load");
        var test = new Uri($"http://127.0.0.1:{options.Snapshot.TestPort}/load");
        var records = new RequestRecord[options.TotalRequests];
        var inFlight = new Task[options.TotalRequests];
        var switches = new List<SwitchRecord>();
        using var stopSwitching = new CancellationTokenSource();
        var switching = options.SwitchEveryMs > 0
            ? SwitchLoopAsync(admin, initial, TimeSpan.FromMilliseconds(options.SwitchEveryMs), switches, stopSwitching.Token)
            : Task.CompletedTask;
        var sender = new Thread(() => Send(http, production, test, options, records, inFlight)) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        sender.Start();
        await Task.Run(sender.Join);
        await stopSwitching.CancelAsync();
        await switching;
        await Task.WhenAll(inFlight);
        return LoadReport.Build(options, records, switches, initial);
    }

    private static void Send(HttpClient http, Uri production, Uri test, RunOptions options, RequestRecord[] records, Task[] inFlight)
    {
        var ticksPerRequest = Stopwatch.Frequency / options.Rate;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < records.Length; i++)
        {
            var due = start + (long)(i * ticksPerRequest);
            while (Stopwatch.GetTimestamp() < due)
            {
                Thread.Sleep(due - Stopwatch.GetTimestamp() > Stopwatch.Frequency / 1000 ? 1 : 0);
            }

            // Spreads the test-listener share evenly: request i goes there when i * share crosses a whole number.
            var toTest = Math.Floor((i + 1) * options.TestShare) > Math.Floor(i * options.TestShare);
            inFlight[i] = SendOneAsync(http, toTest ? test : production, toTest, records, i);
        }
    }

    private static async Task SendOneAsync(HttpClient http, Uri uri, bool toTest, RequestRecord[] records, int index)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseContentRead);
            var end = Stopwatch.GetTimestamp();
            var color = response.Headers.TryGetValues(BackendServer.ColorHeader, out var values) ? Intern(values.FirstOrDefault()) : null;
            var outcome = response.IsSuccessStatusCode ? RequestOutcome.Success : RequestOutcome.NonSuccessStatus;
            records[index] = new RequestRecord(start, end, toTest, outcome, color);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            records[index] = new RequestRecord(start, Stopwatch.GetTimestamp(), toTest, RequestOutcome.Failed, null);
        }
    }

    private static async Task SwitchLoopAsync(
        RouterAdminClient admin, string initial, TimeSpan every, List<SwitchRecord> switches, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every);
        var served = initial;
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var to = RouterColors.Other(served);
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await admin.SwitchAsync(to, expectedFrom: served, CancellationToken.None);
                    switches.Add(new SwitchRecord(start, Stopwatch.GetTimestamp(), to, Succeeded: true));
                    served = to;
                }
                catch (RouterAdminException)
                {
                    switches.Add(new SwitchRecord(start, Stopwatch.GetTimestamp(), to, Succeeded: false));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static string? Intern(string? color) => color switch
    {
        RouterColors.Blue => RouterColors.Blue,
        RouterColors.Green => RouterColors.Green,
        _ => color,
    };
}
