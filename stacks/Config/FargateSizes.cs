namespace Bluegreen.Stacks.Config;

/// <summary>The CPU and memory pairs Fargate accepts.</summary>
public static class FargateSizes
{
    public static IReadOnlyList<int> CpuUnits { get; } = [256, 512, 1024, 2048, 4096];

    /// <summary>Memory sizes in MiB that Fargate allows with <paramref name="cpu"/> units; empty for unknown CPU.</summary>
    public static IReadOnlyList<int> MemoryFor(int cpu) => cpu switch
    {
        256 => [512, 1024, 2048],
        512 => Steps(1024, 4096),
        1024 => Steps(2048, 8192),
        2048 => Steps(4096, 16384),
        4096 => Steps(8192, 30720),
        _ => [],
    };

    private static int[] Steps(int from, int to) => [.. Enumerable.Range(0, (to - from) / 1024 + 1).Select(i => from + i * 1024)];
}
