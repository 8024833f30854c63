using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Agent.State;

/// <summary><c>desired.json</c>: the last accepted desired set, so a restarted agent brings the same processes back.</summary>
internal sealed class DesiredStore(AgentFiles files)
{
    public DesiredProcessSet Load() => JsonStateFile.ReadJson(files.Desired, new DesiredProcessSet());

    public void Save(DesiredProcessSet desired) => JsonStateFile.WriteJson(files.Desired, desired);

    public void Clear() => File.Delete(files.Desired);
}
