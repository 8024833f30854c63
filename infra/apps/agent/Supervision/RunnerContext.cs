using Bluegreen.Agent.State;

namespace Bluegreen.Agent.Supervision;

/// <summary>What every <see cref="ProcessRunner"/> shares.</summary>
internal sealed record RunnerContext(
    ProcessLauncher Launcher,
    HealthProbe Probe,
    PidStore Pids,
    BackoffPolicy Backoff,
    TimeProvider Time,
    ILogger<ProcessRunner> Logger);
