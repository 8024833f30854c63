using Bluegreen.Agent.Os;
using Bluegreen.Agent.Supervision;

namespace Bluegreen.Agent.State;

/// <summary>
/// Brings a starting agent back to the last desired set: adopts the processes a previous run left that still
/// match it, stops those that do not (checking pid and start time, so a reused pid is never signalled), and
/// launches the rest.
/// </summary>
internal sealed partial class StateRestorer(
    DesiredStore desiredStore,
    PidStore pids,
    Supervisor supervisor,
    TimeProvider time,
    ILogger<StateRestorer> logger)
{
    public async Task RestoreAsync()
    {
        var desired = desiredStore.Load();
        var plan = AdoptionPlan.Create(pids.Load(), desired, identity => identity.IsAlive());
        await Task.WhenAll(plan.Terminate.Select(TerminateAsync));
        pids.Clear();

        var adopted = new Dictionary<string, IProcessHandle>(StringComparer.Ordinal);
        foreach (var record in plan.Adopt)
        {
            pids.Set(record);
            adopted[record.Id] = new AdoptedProcess(new ProcessIdentity(record.Pid, record.StartTime), time);
            LogAdopted(logger, record.Id, record.Pid);
        }

        await supervisor.ApplyAsync(desired, adopted);
    }

    private async Task TerminateAsync(PidRecord record)
    {
        using var leftover = new AdoptedProcess(new ProcessIdentity(record.Pid, record.StartTime), time);
        await ProcessTermination.StopAsync(leftover, time);
        LogTerminated(logger, record.Id, record.Pid);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Id}: adopted pid {Pid} from the previous agent run")]
    private static partial void LogAdopted(ILogger logger, string id, int pid);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Id}: stopped leftover pid {Pid}: no longer desired as it is")]
    private static partial void LogTerminated(ILogger logger, string id, int pid);
}
