using Bluegreen.LoadGen.Backend;
using Bluegreen.LoadGen.Load;

namespace Bluegreen.LoadGen;

/// <summary>Two modes: <c>backend</c> plays one app instance, <c>run</c> drives the router at a fixed rate while flipping it.</summary>
internal static class LoadGenProgram
{
    public const string Usage = """
        usage:
          loadgen backend --port <port> --color <blue|green> --instance <id>
              Answers every path with its color (header X-Served-Color) and GET /health with 200, on 127.0.0.1.
          loadgen run --router-state <dir> [--rate 1000] [--seconds 20] [--connections 32] [--test-share 0.1]
                      [--switch-every-ms 200] [--warmup-seconds 3] [--json]
              Sends at a fixed rate without waiting for answers, switches the router through its admin API,
              then reports failures, stale answers, switch round trips and latency. --switch-every-ms 0: no switches.
              The warm-up runs the same load first and is not reported.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var options = CommandLine.Parse(args.Skip(1));
            switch (args.FirstOrDefault())
            {
                case "backend":
                    await BackendServer.RunAsync(BackendOptions.From(options));
                    return 0;
                case "run":
                    var report = await FixedRateRun.RunAsync(RunOptions.From(options));
                    await stdout.WriteAsync(options.Flag("json") ? report.ToJson() : report.ToText());
                    return 0;
                default:
                    await stderr.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (UsageException failure)
        {
            await stderr.WriteLineAsync($"error: {failure.Message}\n{Usage}");
            return 2;
        }
    }
}
