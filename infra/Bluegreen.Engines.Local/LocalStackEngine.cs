using Bluegreen.Components;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Drill;
using Bluegreen.Engines.Local.Drift;
using Bluegreen.Engines.Local.Drill;
using Bluegreen.Engines.Local.Health;
using Bluegreen.Engines.Local.Intent;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Reconcile;
using Bluegreen.Engines.Local.State;
using Bluegreen.Engines.Local.Status;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Local;

/// <summary>
/// A stack that runs for real on this machine: PostgreSQL (primary and a replica per color), a router playing the
/// load balancer, and app instances supervised by the stack's process agent. Switch, rollback and deploy record intent
/// in the state folder and reconcile the world to it; every operation but status and a plain drift check holds the
/// stack's lock, and every operation but status is appended to the operations log.
/// </summary>
internal sealed class LocalStackEngine : IStackEngine
{
    private readonly LocalStackContext _stack;
    private readonly StackReconciler _reconciler;

    private LocalStackEngine(LocalStackContext stack)
    {
        _stack = stack;
        _reconciler = new StackReconciler(stack);
    }

    /// <summary>An engine for one local stack of the project in <paramref name="projectDirectory"/>.</summary>
    /// <param name="progress">Receives a line per step worth telling people (publishing, starting, traffic moves).</param>
    public static LocalStackEngine Create(StackSettings settings, AppDefinition app, string projectDirectory, TimeProvider time, Action<string> progress) =>
        new(new LocalStackContext(app, settings, projectDirectory, time, progress));

    public string StateDirectory => _stack.Folder.Path;

    public Task<UpResult> UpAsync(CancellationToken cancellationToken) => Logged("up", async () =>
    {
        var started = _stack.Time.GetTimestamp();
        using var exclusive = StackLock.Acquire(_stack.Folder, _stack.StackName, "up", _stack.Time);
        var recorded = _stack.Intent.Read();
        _stack.Published.Read();
        var intent = recorded ?? StackIntent.SeededFrom(_stack.Settings);
        var plan = await _reconciler.CheckAsync(intent, cancellationToken);
        if (recorded is null)
        {
            _stack.Intent.Write(intent);
        }

        var outcome = await _reconciler.ApplyAsync(plan, allowTrafficChange: true, cancellationToken);
        var seconds = _stack.SecondsSince(started);
        var result = outcome.Changes.Count > 0 ? OperationResult.Succeeded : OperationResult.Unchanged;
        Log("up", result, seconds, color: intent.ActiveColor.Name());
        var urls = _stack.Desired(intent).Urls;
        var summary = result == OperationResult.Unchanged ? "Everything already matched; nothing was changed." : $"{outcome.Changes.Count} change(s) applied.";
        return new UpResult(_stack.StackName, EngineKind.Local, result, outcome.Changes, seconds,
            $"{summary} {intent.ActiveColor.Name()} is live. Production: {urls.Production}  Test ({intent.IdleColor.Name()}): {urls.Test}  Admin: {urls.Admin}");
    });

    public async Task<StatusResult> StatusAsync(CancellationToken cancellationToken)
    {
        var intent = _stack.IntentOrSeed();
        var desired = _stack.Desired(intent);
        var observed = await _stack.Observer.ObserveAsync(desired, ObservationDetail.None, cancellationToken);
        var versions = DeploymentColors.All.ToDictionary(color => color.Name(), color => (string?)intent.ImageTag(color));
        var outputs = new Dictionary<string, string?>
        {
            ["productionUrl"] = desired.Urls.Production,
            ["testUrl"] = desired.Urls.Test,
            ["adminUrl"] = desired.Urls.Admin,
            ["stateDirectory"] = _stack.Folder.Path,
        };
        return new StatusResult(_stack.StackName, EngineKind.Local, intent.ActiveColor, intent.IdleColor, versions, outputs, StatusBuilder.Build(desired, observed));
    }

    public Task<TrafficSwitchResult> SwitchAsync(DeploymentColor to, bool force, CancellationToken cancellationToken) => Logged("switch", () =>
    {
        EnsureKnown(to);
        return SwitchCoreAsync("switch", _ => to, force, cancellationToken);
    });

    public Task<TrafficSwitchResult> RollbackAsync(CancellationToken cancellationToken) => Logged("rollback", () =>
        SwitchCoreAsync("rollback", active => _stack.Log.PreviousColor(_stack.StackName, active), force: false, cancellationToken));

    public Task<DeployResult> DeployAsync(string version, CancellationToken cancellationToken) => Logged("deploy", async () =>
    {
        DeployVersion.EnsureValid(version);
        var started = _stack.Time.GetTimestamp();
        using var exclusive = StackLock.Acquire(_stack.Folder, _stack.StackName, "deploy", _stack.Time);
        var intent = RecordedIntent();
        var idle = intent.IdleColor;
        var previous = intent.ImageTag(idle);
        var next = intent.WithImageTag(idle, version);
        var plan = await _reconciler.CheckAsync(next, cancellationToken);
        _stack.Intent.Write(next);
        var outcome = await _reconciler.ApplyAsync(plan, allowTrafficChange: false, cancellationToken);
        var seconds = _stack.SecondsSince(started);
        var result = outcome.Changes.Count > 0 ? OperationResult.Succeeded : OperationResult.Unchanged;
        Log("deploy", result, seconds, color: idle.Name(), version: version, detail: $"was {previous}");
        var urls = _stack.Desired(next).Urls;
        return new DeployResult(_stack.StackName, EngineKind.Local, idle, version, previous, result, outcome.Changes, seconds,
            $"{idle.Name()} now runs {version} (was {previous}); try it on the test listener {urls.Test}. "
            + $"Production traffic still goes to {intent.ActiveColor.Name()}.");
    });

    public Task<DownResult> DownAsync(bool purge, CancellationToken cancellationToken) => Logged("down", async () =>
    {
        var started = _stack.Time.GetTimestamp();
        if (!_stack.Folder.Exists)
        {
            return new DownResult(_stack.StackName, EngineKind.Local, purge, $"Nothing to stop: {_stack.Folder.Path} does not exist.");
        }

        var stopped = new List<string>();
        using (StackLock.Acquire(_stack.Folder, _stack.StackName, "down", _stack.Time))
        {
            await new StackShutdown(_stack).StopAsync(stopped, cancellationToken);
            if (purge)
            {
                await _stack.OpenDatabase().PurgeAsync(cancellationToken);
            }
        }

        if (purge)
        {
            Directory.Delete(_stack.Folder.Path, recursive: true);
            return new DownResult(_stack.StackName, EngineKind.Local, true,
                $"Stopped {Listed(stopped)} and deleted {_stack.Folder.Path} with all its data.");
        }

        Log("down", OperationResult.Succeeded, _stack.SecondsSince(started));
        return new DownResult(_stack.StackName, EngineKind.Local, false,
            $"Stopped {Listed(stopped)}; data is kept in {_stack.Folder.Path} (`bluegreen up` starts it again, `down --purge` deletes it).");
    });

    public Task<DriftReport> DetectDriftAsync(DriftOptions options, CancellationToken cancellationToken) => Logged("drift", async () =>
    {
        var started = _stack.Time.GetTimestamp();
        var report = await new LocalDriftDetector(_stack, _reconciler).DetectAsync(options, cancellationToken);
        Log("drift", report.Status.ToString(), _stack.SecondsSince(started), detail: report.Remediation?.Status.ToString() ?? report.Error);
        return report;
    });

    public Task<DrillReport> DrillAsync(DeploymentColor? color, CancellationToken cancellationToken) => Logged("drill", async () =>
    {
        if (color is { } requested)
        {
            EnsureKnown(requested);
        }

        var report = await new LocalDrillRunner(_stack, _reconciler).RunAsync(color, cancellationToken);
        Append(new OperationRecord(
            _stack.Time.GetUtcNow(), "drill", _stack.StackName, null, report.Color?.Name(), OperationsLog.ResultName(report.Result.ToString()),
            report.Phases.Where(phase => phase.Status != DrillPhaseStatus.Skipped).ToDictionary(phase => phase.Name, phase => phase.DurationSeconds),
            Detail: report.Message));
        return report;
    });

    private async Task<TrafficSwitchResult> SwitchCoreAsync(
        string operation, Func<DeploymentColor, DeploymentColor> target, bool force, CancellationToken cancellationToken)
    {
        var started = _stack.Time.GetTimestamp();
        using var exclusive = StackLock.Acquire(_stack.Folder, _stack.StackName, operation, _stack.Time);
        var intent = RecordedIntent();
        var from = intent.ActiveColor;
        var to = target(from);
        var desired = _stack.Desired(intent);
        var observed = await _stack.Observer.ObserveAsync(desired, ObservationDetail.None, cancellationToken);

        TrafficSwitchResult Finish(OperationResult result, IReadOnlyList<ResourceChange> traffic, string message)
        {
            var seconds = _stack.SecondsSince(started);
            Log(operation, result, seconds, from.Name(), to.Name());
            return new TrafficSwitchResult(_stack.StackName, EngineKind.Local, operation, from, to, result, traffic, seconds, message);
        }

        var inPlace = observed.Router is { } router && RouterSync.TrafficDifferences(router.Status, to).Count == 0 && observed.PublishedColor == to;
        if (from == to && inPlace && !force)
        {
            return Finish(OperationResult.Unchanged, [], $"{to.Name()} is already active; nothing changed. Pass --force to re-apply.");
        }

        if (!force && HealthChecks.Color(to, desired, observed) is { Count: > 0 } problems)
        {
            return Finish(OperationResult.Refused, [],
                $"Refusing to send production traffic to {to.Name()}: {PhaseVerdict.Of(problems).Reason}. Nothing was changed; "
                + $"wait for it or run `bluegreen up --stack {_stack.StackName}`, or pass --force to switch anyway.");
        }

        // Intent first, then the reconciler's own traffic step: the one path by which production traffic moves.
        _stack.Intent.Write(intent with { ActiveColor = to });
        IReadOnlyList<ResourceChange> changes = [];
        try
        {
            (changes, var left) = await _reconciler.MoveTrafficAsync(to, cancellationToken);
            if (left.Count > 0)
            {
                return Finish(OperationResult.Failed, changes, $"The router still differs after the switch: {string.Join("; ", left)}. Run the switch again.");
            }
        }
        catch (RouterAdminException failure)
        {
            return Finish(OperationResult.Failed, changes,
                $"{to.Name()} is now the active color, but the router could not be switched: {failure.Message} "
                + $"Run `bluegreen up --stack {_stack.StackName}` to bring the router to it, or switch back to {from.Name()}.");
        }

        return Finish(OperationResult.Succeeded, changes, $"Production traffic now goes to {to.Name()} (was {from.Name()}).");
    }

    private StackIntent RecordedIntent()
    {
        var intent = _stack.Intent.Read() ?? throw new StackFailureException(
            StackError.NotRunning,
            $"Stack {_stack.StackName} has never been brought up (no {_stack.Intent.Path}). Run `bluegreen up --stack {_stack.StackName}` first.");
        _stack.Published.Read();
        return intent;
    }

    private static void EnsureKnown(DeploymentColor color)
    {
        if (!Enum.IsDefined(color))
        {
            throw new StackFailureException(StackError.InvalidInput, $"'{color}' is not a color; use {DeploymentColors.AllowedValues}. Nothing was changed.");
        }
    }

    /// <summary>A failed operation is logged with its reason, then rethrown.</summary>
    private async Task<T> Logged<T>(string operation, Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (StackFailureException failure)
        {
            Log(operation, OperationResult.Failed, 0, detail: failure.Message);
            throw;
        }
    }

    private void Log(string operation, OperationResult result, double seconds, string? from = null, string? to = null,
        string? color = null, string? version = null, string? detail = null) =>
        Log(operation, result.ToString(), seconds, from, to, color, version, detail);

    private void Log(string operation, string result, double seconds, string? from = null, string? to = null,
        string? color = null, string? version = null, string? detail = null) =>
        Append(new OperationRecord(
            _stack.Time.GetUtcNow(), operation, _stack.StackName, from, to, OperationsLog.ResultName(result),
            new Dictionary<string, double> { [operation] = seconds }, color, version, detail));

    /// <summary>A stack without a state folder (never brought up, or purged) has no log to append to.</summary>
    private void Append(OperationRecord record)
    {
        if (_stack.Folder.Exists)
        {
            _stack.Log.Append(record);
        }
    }

    private static string Listed(List<string> stopped) => stopped.Count == 0 ? "nothing (nothing was running)" : string.Join(", ", stopped);
}
