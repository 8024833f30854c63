using Bluegreen.Agent.Os;
using Bluegreen.Agent.State;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Agent.Supervision;

/// <summary>
/// Owns one <see cref="ProcessRunner"/> per desired process. A new desired set is applied whole, one at a time:
/// removed and changed processes are stopped first (freeing their ports), then new ones are launched.
/// </summary>
internal sealed partial class Supervisor(RunnerContext context, DesiredStore desiredStore, ILogger<Supervisor> logger) : IDisposable
{
    private readonly SemaphoreSlim _applyGate = new(1, 1);
    private volatile IReadOnlyList<ProcessRunner> _runners = [];

    public DateTimeOffset StartedAt { get; } = context.Time.GetUtcNow();

    public ObservedProcessSet Observe() => new()
    {
        AgentPid = Environment.ProcessId,
        AgentStartedAt = StartedAt,
        Processes = _runners.Select(runner => runner.Status).ToList(),
    };

    /// <param name="desired">A validated set; it replaces the current one and is saved for a restarted agent.</param>
    /// <param name="adopted">Processes left by a previous agent that already run their spec, by id.</param>
    public async Task<ObservedProcessSet> ApplyAsync(
        DesiredProcessSet desired,
        IReadOnlyDictionary<string, IProcessHandle>? adopted = null)
    {
        await _applyGate.WaitAsync();
        try
        {
            desiredStore.Save(desired);
            var current = _runners.ToDictionary(runner => runner.Spec.Id, StringComparer.Ordinal);
            var plan = ReconcilePlan.Create(
                current.ToDictionary(pair => pair.Key, pair => (pair.Value.Fingerprint, pair.Value.Status.State == ProcessState.Failed)),
                desired,
                ProcessFingerprint.Of);
            LogPlan(logger, plan.Start.Count, plan.Stop.Count, plan.Restart.Count, plan.Keep.Count);

            var retiring = plan.Stop.Concat(plan.Restart.Select(spec => spec.Id)).Select(id => current[id]).ToList();
            await Task.WhenAll(retiring.Select(runner => runner.StopAsync()));
            retiring.ForEach(runner => runner.Dispose());

            var launched = new Dictionary<string, ProcessRunner>(StringComparer.Ordinal);
            foreach (var spec in plan.Start.Concat(plan.Restart))
            {
                var runner = new ProcessRunner(spec, context);
                runner.Start(adopted?.GetValueOrDefault(spec.Id));
                launched[spec.Id] = runner;
            }

            _runners = desired.Processes
                .Select(spec => launched.GetValueOrDefault(spec.Id) ?? current[spec.Id])
                .ToList();
            return Observe();
        }
        finally
        {
            _applyGate.Release();
        }
    }

    /// <summary>Stops every process and forgets the desired set: what <c>POST /shutdown</c> does.</summary>
    public async Task<ObservedProcessSet> StopAllAsync()
    {
        await _applyGate.WaitAsync();
        try
        {
            var runners = _runners;
            await Task.WhenAll(runners.Select(runner => runner.StopAsync()));
            desiredStore.Clear();
            context.Pids.Clear();
            return Observe();
        }
        finally
        {
            _applyGate.Release();
        }
    }

    /// <summary>Ends supervision and leaves every process running, for the next agent to adopt.</summary>
    public async Task DetachAllAsync()
    {
        await _applyGate.WaitAsync();
        try
        {
            await Task.WhenAll(_runners.Select(runner => runner.DetachAsync()));
        }
        finally
        {
            _applyGate.Release();
        }
    }

    public void Dispose() => _applyGate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "desired set applied: {Start} to start, {Stop} to stop, {Restart} to restart, {Keep} unchanged")]
    private static partial void LogPlan(ILogger logger, int start, int stop, int restart, int keep);
}
