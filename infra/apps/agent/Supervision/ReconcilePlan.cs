using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Agent.Supervision;

/// <summary>
/// The difference between what runs and a new desired set: start what is new, stop what is gone, restart what
/// changed (and what had failed, since a new request is a new chance), keep the rest untouched.
/// </summary>
internal sealed record ReconcilePlan(
    IReadOnlyList<ProcessSpec> Start,
    IReadOnlyList<string> Stop,
    IReadOnlyList<ProcessSpec> Restart,
    IReadOnlyList<string> Keep)
{
    /// <param name="current">Each supervised id with the fingerprint of its spec and whether it failed.</param>
    /// <param name="desired">The new set, already validated.</param>
    /// <param name="fingerprint">How specs are compared.</param>
    public static ReconcilePlan Create(
        IReadOnlyDictionary<string, (string Fingerprint, bool Failed)> current,
        DesiredProcessSet desired,
        Func<ProcessSpec, string> fingerprint)
    {
        var start = new List<ProcessSpec>();
        var restart = new List<ProcessSpec>();
        var keep = new List<string>();
        foreach (var spec in desired.Processes)
        {
            if (!current.TryGetValue(spec.Id, out var running))
            {
                start.Add(spec);
            }
            else if (running.Failed || running.Fingerprint != fingerprint(spec))
            {
                restart.Add(spec);
            }
            else
            {
                keep.Add(spec.Id);
            }
        }

        var desiredIds = desired.Processes.Select(spec => spec.Id).ToHashSet(StringComparer.Ordinal);
        var stop = current.Keys.Where(id => !desiredIds.Contains(id)).Order(StringComparer.Ordinal).ToList();
        return new ReconcilePlan(start, stop, restart, keep);
    }
}
