using Bluegreen.Bench;

// Usage: dotnet run -c Release --project infra/apps/bench -- <benchmark>
if (args.Length == 0 || !BenchmarkCatalog.All.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine($"usage: Bluegreen.Bench <{string.Join("|", BenchmarkCatalog.All.Keys)}>");
    return 2;
}

benchmark(Console.Out);
return 0;
