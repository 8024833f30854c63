using Bluegreen.Agent.Os;
using Bluegreen.Agent.State;
using Bluegreen.Local.Contracts.Agent;

namespace Bluegreen.Agent.Supervision;

/// <summary>
/// Keeps one spec's process running: launches it, probes its health, restarts it with back-off when it exits,
/// and stops it on request. Its status is an immutable snapshot replaced by the loop, the only writer.
/// </summary>
internal sealed partial class ProcessRunner : IDisposable
{
    private static readonly TimeSpan StartingProbeInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(500);

    private readonly RunnerContext _context;
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _leaveRunning;
    private volatile ProcessStatus _status;
    private Task _loop = Task.CompletedTask;

    public ProcessRunner(ProcessSpec spec, RunnerContext context)
    {
        _context = context;
        Spec = spec;
        Fingerprint = ProcessFingerprint.Of(spec);
        _status = new ProcessStatus
        {
            Id = spec.Id,
            Labels = spec.Labels,
            Fingerprint = Fingerprint,
            State = ProcessState.Starting,
            Port = spec.Port,
        };
    }

    public ProcessSpec Spec { get; }

    public string Fingerprint { get; }

    public ProcessStatus Status => _status;

    /// <param name="adopted">A process of this spec left running by a previous agent, to supervise instead of launching one.</param>
    public void Start(IProcessHandle? adopted) => _loop = Task.Run(() => SuperviseAsync(adopted));

    /// <summary>Stops the process (SIGTERM, then SIGKILL after the grace period) and ends supervision.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }

    /// <summary>Ends supervision but leaves the process running, for the next agent to adopt.</summary>
    public async Task DetachAsync()
    {
        _leaveRunning = true;
        await StopAsync();
    }

    public void Dispose() => _stop.Dispose();

    private DateTimeOffset Now => _context.Time.GetUtcNow();

    /// <summary>
    /// The loop is the process's only supervisor, so an unexpected failure (say, a state file that cannot be
    /// written) is reported in the status instead of ending supervision silently in an unobserved task.
    /// </summary>
    private async Task SuperviseAsync(IProcessHandle? adopted)
    {
        try
        {
            await RunAsync(adopted);
        }
        catch (Exception unexpected)
        {
            _status = _status with { State = ProcessState.Failed, Healthy = false, Error = $"supervision stopped: {unexpected.Message}" };
            LogCrashed(_context.Logger, Spec.Id, unexpected);
        }
    }

    private async Task RunAsync(IProcessHandle? adopted)
    {
        var token = _stop.Token;
        var process = adopted;
        var attempts = adopted is null ? 0 : 1;
        TimeSpan? delay = null;
        while (!token.IsCancellationRequested)
        {
            if (process is null)
            {
                if (attempts++ > 0)
                {
                    _status = _status with { Restarts = _status.Restarts + 1 };
                }

                var launch = _context.Launcher.Launch(Spec);
                if (launch is LaunchResult.NotStarted notStarted)
                {
                    if (notStarted.Permanent)
                    {
                        _status = _status with { State = ProcessState.Failed, Pid = null, Healthy = false, NextStartAt = null, Error = notStarted.Error };
                        LogFailed(_context.Logger, Spec.Id, notStarted.Error);
                        await Task.WhenAny(Task.Delay(Timeout.InfiniteTimeSpan, token));
                        break;
                    }

                    delay = _context.Backoff.NextDelay(delay, TimeSpan.Zero);
                    await BackOffAsync(notStarted.Error, delay.Value, token);
                    continue;
                }

                process = ((LaunchResult.Started)launch).Process;
                _context.Pids.Set(new PidRecord
                {
                    Id = Spec.Id,
                    Pid = process.Identity.Pid,
                    StartTime = process.Identity.StartTime,
                    Fingerprint = Fingerprint,
                });
                LogStarted(_context.Logger, Spec.Id, process.Identity.Pid);
            }

            var unprobed = Spec.HealthUrl is null;
            _status = _status with
            {
                State = unprobed ? ProcessState.Healthy : ProcessState.Starting,
                Healthy = unprobed,
                Pid = process.Identity.Pid,
                StartedAt = Now,
                NextStartAt = null,
                Error = null,
            };
            var healthyFor = await WatchAsync(process, token);
            if (!process.Exited.IsCompleted)
            {
                await EndAsync(process);
                return;
            }

            var exitCode = await process.Exited;
            _context.Pids.Remove(Spec.Id, process.Identity.Pid);
            process.Dispose();
            process = null;
            LogExited(_context.Logger, Spec.Id, exitCode);
            _status = _status with { LastExitCode = exitCode, LastExitAt = Now };
            delay = _context.Backoff.NextDelay(delay, healthyFor);
            await BackOffAsync(ExitMessage(exitCode), delay.Value, token);
        }

        if (!_leaveRunning)
        {
            _status = _status with { State = ProcessState.Stopped, Pid = null, Healthy = false, NextStartAt = null };
        }
    }

    /// <summary>Probes until the process exits or supervision ends; returns how long it had been healthy without a break.</summary>
    private async Task<TimeSpan> WatchAsync(IProcessHandle process, CancellationToken token)
    {
        var url = Spec.HealthUrl;
        DateTimeOffset? healthySince = url is null ? Now : null;
        while (!process.Exited.IsCompleted && !token.IsCancellationRequested)
        {
            var interval = _status.State == ProcessState.Starting ? StartingProbeInterval : ProbeInterval;
            await Task.WhenAny(process.Exited, Task.Delay(interval, _context.Time, token));
            if (url is null || process.Exited.IsCompleted || token.IsCancellationRequested)
            {
                continue;
            }

            var healthy = await _context.Probe.IsHealthyAsync(url, token);
            if (process.Exited.IsCompleted || token.IsCancellationRequested)
            {
                continue;
            }

            if (healthy)
            {
                healthySince ??= Now;
                if (_status.State != ProcessState.Healthy)
                {
                    _status = _status with { State = ProcessState.Healthy, Healthy = true };
                    LogHealthy(_context.Logger, Spec.Id, process.Identity.Pid);
                }
            }
            else
            {
                healthySince = null;
                if (_status.State == ProcessState.Healthy)
                {
                    _status = _status with { State = ProcessState.Running, Healthy = false };
                    LogUnhealthy(_context.Logger, Spec.Id, process.Identity.Pid);
                }
            }
        }

        return healthySince is { } since ? Now - since : TimeSpan.Zero;
    }

    /// <summary>Supervision ends while the process runs: stop it, or leave it to the next agent.</summary>
    private async Task EndAsync(IProcessHandle process)
    {
        if (!_leaveRunning)
        {
            var exitCode = await ProcessTermination.StopAsync(process, _context.Time);
            _context.Pids.Remove(Spec.Id, process.Identity.Pid);
            LogStopped(_context.Logger, Spec.Id, process.Identity.Pid, exitCode);
            _status = _status with
            {
                State = ProcessState.Stopped,
                Pid = null,
                Healthy = false,
                LastExitCode = exitCode,
                LastExitAt = Now,
            };
        }

        process.Dispose();
    }

    private async Task BackOffAsync(string error, TimeSpan delay, CancellationToken token)
    {
        _status = _status with
        {
            State = ProcessState.BackingOff,
            Pid = null,
            Healthy = false,
            NextStartAt = Now + delay,
            Error = error,
        };
        LogBackingOff(_context.Logger, Spec.Id, delay.TotalMilliseconds, error);
        await Task.WhenAny(Task.Delay(delay, _context.Time, token));
    }

    private string ExitMessage(int? exitCode) => exitCode is { } code
        ? $"exited with code {code}; its output is in {Spec.LogFile}."
        : $"exited (code unknown: it was started by a previous agent run); its output is in {Spec.LogFile}.";

    [LoggerMessage(Level = LogLevel.Information, Message = "{Id}: started, pid {Pid}")]
    private static partial void LogStarted(ILogger logger, string id, int pid);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Id}: healthy, pid {Pid}")]
    private static partial void LogHealthy(ILogger logger, string id, int pid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Id}: health check failing, pid {Pid}")]
    private static partial void LogUnhealthy(ILogger logger, string id, int pid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Id}: exited with code {ExitCode}")]
    private static partial void LogExited(ILogger logger, string id, int? exitCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Id}: next start in {DelayMs} ms: {Error}")]
    private static partial void LogBackingOff(ILogger logger, string id, double delayMs, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Id}: cannot start: {Error}")]
    private static partial void LogFailed(ILogger logger, string id, string error);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Id}: supervision stopped")]
    private static partial void LogCrashed(ILogger logger, string id, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Id}: stopped pid {Pid}, exit code {ExitCode}")]
    private static partial void LogStopped(ILogger logger, string id, int pid, int? exitCode);
}
