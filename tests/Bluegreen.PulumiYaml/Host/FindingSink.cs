namespace Bluegreen.PulumiYaml.Host;

/// <summary>Collects the host findings of one load; each file adds what its reader sees.</summary>
public sealed class FindingSink
{
    private readonly List<HostFinding> _items = [];

    public IReadOnlyList<HostFinding> Items => _items;

    public void Add(string file, string path, string message, string source) => _items.Add(new HostFinding(file, path, message, source));

    public void AddRange(IEnumerable<HostFinding> findings) => _items.AddRange(findings);
}
