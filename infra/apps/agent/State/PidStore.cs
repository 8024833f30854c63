using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Agent.State;

/// <summary>The live record of launched processes, rewritten to <c>pids.json</c> on every change.</summary>
internal sealed class PidStore(AgentFiles files)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PidRecord> _records = new(StringComparer.Ordinal);

    public IReadOnlyList<PidRecord> Load() => JsonStateFile.ReadJson<List<PidRecord>>(files.Pids, []);

    public void Set(PidRecord record)
    {
        lock (_gate)
        {
            _records[record.Id] = record;
            Save();
        }
    }

    /// <summary>Forgets the process, unless a newer one of the same id has already replaced it.</summary>
    public void Remove(string id, int pid)
    {
        lock (_gate)
        {
            if (_records.TryGetValue(id, out var current) && current.Pid == pid)
            {
                _records.Remove(id);
                Save();
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
            File.Delete(files.Pids);
        }
    }

    private void Save() => JsonStateFile.WriteJson(files.Pids, _records.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList());
}
