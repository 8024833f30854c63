using Bluegreen.Agent.Os;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Agent.State;

/// <summary>
/// What a starting agent does with the processes a previous run left behind: keep (adopt) those that still run the
/// desired spec, stop those that no longer should run, forget those already gone or whose pid now names another process.
/// </summary>
internal sealed record AdoptionPlan(IReadOnlyList<PidRecord> Adopt, IReadOnlyList<PidRecord> Terminate)
{
    public static AdoptionPlan Create(
        IReadOnlyList<PidRecord> records,
        DesiredProcessSet desired,
        Func<ProcessIdentity, bool> isAlive)
    {
        var wanted = desired.Processes.ToDictionary(spec => spec.Id, ProcessFingerprint.Of, StringComparer.Ordinal);
        var adopt = new List<PidRecord>();
        var terminate = new List<PidRecord>();
        foreach (var record in records.Where(r => isAlive(new ProcessIdentity(r.Pid, r.StartTime))))
        {
            var isWanted = wanted.TryGetValue(record.Id, out var fingerprint) && fingerprint == record.Fingerprint;
            if (isWanted && !adopt.Any(a => a.Id == record.Id))
            {
                adopt.Add(record);
            }
            else
            {
                terminate.Add(record);
            }
        }

        return new AdoptionPlan(adopt, terminate);
    }
}
