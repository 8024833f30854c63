namespace Bluegreen.Bench;

/// <summary>Every benchmark, by the name given as the first argument. Each prints its figures to the writer.</summary>
internal static class BenchmarkCatalog
{
    public static IReadOnlyDictionary<string, Action<TextWriter>> All { get; } = new Dictionary<string, Action<TextWriter>>(StringComparer.Ordinal)
    {
        ["render"] = RenderBenchmark.Run,
        ["local"] = LocalBenchmark.Run,
    };
}
