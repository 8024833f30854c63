using System.Globalization;
using Bluegreen.Components;
using Bluegreen.Stacks.Apps;
using Bluegreen.Synth;

namespace Bluegreen.Bench;

/// <summary>
/// Time to build the program model and render its YAML text (Pulumi.yaml plus the component package) for the sample
/// app and for a synthetic app of 50 services, and how much longer the large app takes.
/// </summary>
internal static class RenderBenchmark
{
    private const int WarmUpRuns = 30;
    private const int MeasuredRuns = 300;

    public static void Run(TextWriter output)
    {
        output.WriteLine($"render: build model + write YAML, median of {MeasuredRuns} runs after {WarmUpRuns} warm-up runs");
        var sample = Measure(output, "sample app", SampleApp.Definition);
        var large = Measure(output, "synthetic app", SyntheticApp.Create(50));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio 50 services / sample: {large / sample:F1}x"));
    }

    private static TimeSpan Measure(TextWriter output, string label, AppDefinition app)
    {
        var files = GeneratedFiles.Render(app);
        var median = Measurement.Median(() => GeneratedFiles.Render(app), WarmUpRuns, MeasuredRuns);
        var sizes = string.Join(", ", files.Select(f => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(f.RelativePath)} {f.Content.Length / 1024.0:F1} KiB")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {$"{label} ({app.Services.Count} services):",-32}{median.TotalMilliseconds,9:F3} ms  ({sizes})"));
        return median;
    }
}
