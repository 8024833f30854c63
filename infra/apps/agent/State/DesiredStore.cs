using Bluegreen.Infra.Local.Agent;

namespace Bluegreen.Agent.State;

/// <summary><c>desired.json</c>: the last accepted desired set, so a restarted agent brings the same processes back.</summary>
internal sealed class DesiredStore(AgentFiles files)
{
    public DesiredProcessSet Load() => AtomicFile.ReadJson(files.Desired, new DesiredProcessSet());

    public void Save(DesiredProcessSet desired) => AtomicFile.WriteJson(files.Desired, desired);

    public void Clear() => File.Delete(files.Desired);
}
