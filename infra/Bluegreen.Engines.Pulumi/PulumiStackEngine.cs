using Bluegreen.Components;
using Bluegreen.Engines.Drift;
using Bluegreen.Engines.Drill;
using Bluegreen.Engines.Pulumi.Drift;
using Bluegreen.Engines.Pulumi.Drill;
using Bluegreen.Engines.Pulumi.Driver;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Pulumi;

/// <summary>
/// A stack on AWS, driven through the Pulumi CLI. Traffic moves by setting <c>activeColor</c> and running
/// <c>pulumi up</c>; every operation but status is appended to the stack's operations log.
/// </summary>
internal sealed class PulumiStackEngine(PulumiStack stack, OperationsLog log, TimeProvider time) : IStackEngine
{
    public static readonly IReadOnlyList<string> UpCommand = ["up", "--yes", "--json"];

    /// <summary>An engine for one stack of the project in <paramref name="projectDirectory"/>, logging under its state folder.</summary>
    public static PulumiStackEngine Create(IPulumiCli cli, string stackName, string projectDirectory, TimeProvider time) =>
        new(new PulumiStack(cli, stackName, projectDirectory), OperationsLog.ForStack(projectDirectory, stackName), time);

    public Task<UpResult> UpAsync(CancellationToken cancellationToken) => Readable(async () =>
    {
        var started = time.GetTimestamp();
        var up = await stack.OperationAsync(UpCommand, cancellationToken);
        var seconds = Seconds(started);
        var result = up.Succeeded ? OperationResult.Succeeded : OperationResult.Failed;
        Log("up", result, seconds);
        return new UpResult(stack.Name, EngineKind.Aws, result, PulumiChanges.From(up.Output), seconds,
            up.Succeeded ? "The stack matches its code." : $"pulumi up failed: {up.FailureReason}");
    });

    public Task<StatusResult> StatusAsync(CancellationToken cancellationToken) => Readable(async () =>
    {
        var active = await stack.ActiveColorAsync(cancellationToken);
        var versions = new Dictionary<string, string?>();
        foreach (var color in DeploymentColors.All)
        {
            versions[color.Name()] = await stack.TryGetConfigAsync(BluegreenConfig.ImageTagKey(color), cancellationToken);
        }

        var outputs = await stack.OutputsAsync(cancellationToken);
        return new StatusResult(stack.Name, EngineKind.Aws, active, active.Other(), versions, outputs);
    });

    public Task<TrafficSwitchResult> SwitchAsync(DeploymentColor to, bool force, CancellationToken cancellationToken) => Readable(async () =>
    {
        var started = time.GetTimestamp();
        var from = await stack.ActiveColorAsync(cancellationToken);
        return await SwitchCoreAsync("switch", from, to, force, started, cancellationToken);
    });

    public Task<TrafficSwitchResult> RollbackAsync(CancellationToken cancellationToken) => Readable(async () =>
    {
        var started = time.GetTimestamp();
        var active = await stack.ActiveColorAsync(cancellationToken);
        return await SwitchCoreAsync("rollback", active, log.PreviousColor(stack.Name, active), force: false, started, cancellationToken);
    });

    public Task<DeployResult> DeployAsync(string version, CancellationToken cancellationToken) => Readable(async () =>
    {
        DeployVersion.EnsureValid(version);
        var started = time.GetTimestamp();
        var idle = (await stack.ActiveColorAsync(cancellationToken)).Other();
        var key = BluegreenConfig.ImageTagKey(idle);
        var previous = await stack.TryGetConfigAsync(key, cancellationToken);
        await stack.SetConfigAsync(key, version, cancellationToken);
        var up = await stack.OperationAsync(UpCommand, cancellationToken);
        var seconds = Seconds(started);
        var result = up.Succeeded ? OperationResult.Succeeded : OperationResult.Failed;
        Log("deploy", result, seconds, color: idle.Name(), version: version, detail: previous is null ? null : $"was {previous}");
        var message = up.Succeeded
            ? $"{idle.Name()} now runs {version}; production traffic still goes to {idle.Other().Name()}."
            : $"{key} is now {version} but pulumi up failed: {up.FailureReason}. Fix the cause and deploy again.";
        return new DeployResult(stack.Name, EngineKind.Aws, idle, version, previous, result, PulumiChanges.From(up.Output), seconds, message);
    });

    public Task<DownResult> DownAsync(bool purge, CancellationToken cancellationToken) =>
        throw new StackFailureException(
            StackError.InvalidInput,
            $"bluegreen does not tear down AWS stacks. If you really mean to delete every resource of '{stack.Name}', "
            + $"run `pulumi destroy --stack {stack.Name}` yourself from {stack.ProjectDirectory}.");

    public Task<DriftReport> DetectDriftAsync(DriftOptions options, CancellationToken cancellationToken) => Readable(async () =>
    {
        var started = time.GetTimestamp();
        var report = await new PulumiDriftDetector(stack, time).DetectAsync(cancellationToken);
        if (options.Remediate && report.Status == DriftStatus.DriftFound)
        {
            var remediation = await new PulumiDriftRemediator(stack).RemediateAsync(options.AllowTrafficChange, cancellationToken);
            report = report with { Remediation = remediation };
        }

        Log("drift", report.Status.ToString(), Seconds(started), detail: report.Remediation?.Status.ToString());
        return report;
    });

    public Task<DrillReport> DrillAsync(DeploymentColor? color, CancellationToken cancellationToken) => Readable(async () =>
    {
        var report = await new PulumiDrillRunner(stack, time).RunAsync(color, cancellationToken);
        log.Append(new OperationRecord(
            time.GetUtcNow(), "drill", stack.Name, null, report.Color?.Name(), ResultName(report.Result.ToString()),
            report.Phases.Where(phase => phase.Status != DrillPhaseStatus.Skipped).ToDictionary(phase => phase.Name, phase => phase.DurationSeconds),
            Detail: report.Message));
        return report;
    });

    private async Task<TrafficSwitchResult> SwitchCoreAsync(
        string operation, DeploymentColor from, DeploymentColor to, bool force, long started, CancellationToken cancellationToken)
    {
        TrafficSwitchResult Finish(OperationResult result, IReadOnlyList<ResourceChange> traffic, string message)
        {
            var seconds = Seconds(started);
            Log(operation, result, seconds, from.Name(), to.Name());
            return new TrafficSwitchResult(stack.Name, EngineKind.Aws, operation, from, to, result, traffic, seconds, message);
        }

        if (from == to && !force)
        {
            return Finish(OperationResult.Unchanged, [], $"{to.Name()} is already active; nothing changed. Pass --force to re-apply.");
        }

        if (!force && await NotDeployedReasonAsync(to, cancellationToken) is { } reason)
        {
            return Finish(OperationResult.Refused, [], $"Refusing to send production traffic to {to.Name()}: {reason} Nothing was changed.");
        }

        await stack.SetConfigAsync(BluegreenConfig.ActiveColorKey, to.Name(), cancellationToken);
        var up = await stack.OperationAsync(UpCommand, cancellationToken);
        var traffic = PulumiChanges.From(up.Output).Where(change => change.ChangesTraffic).ToList();
        return up.Succeeded
            ? Finish(OperationResult.Succeeded, traffic, $"Production traffic now goes to {to.Name()} (was {from.Name()}).")
            : Finish(OperationResult.Failed, traffic,
                $"activeColor is now {to.Name()} but pulumi up failed: {up.FailureReason}. Traffic may be partly switched: "
                + $"fix the cause and run `bluegreen switch --to {to.Name()}` again, or `bluegreen switch --to {from.Name()}` to go back.");
    }

    /// <summary>Why a color cannot take traffic according to the state (not deployed, or torn down by a drill); null when it can.</summary>
    private async Task<string?> NotDeployedReasonAsync(DeploymentColor color, CancellationToken cancellationToken)
    {
        var export = await stack.ExportAsync(cancellationToken);
        if (export.ColorEnvironment(color) is null)
        {
            return $"the state has no {color.Name()} environment. Run `bluegreen up` first.";
        }

        return export.ChildrenOf(color).Count == 0
            ? $"the {color.Name()} environment has no resources in state (torn down?). Run `bluegreen up` first."
            : null;
    }

    private void Log(string operation, OperationResult result, double seconds, string? from = null, string? to = null,
        string? color = null, string? version = null, string? detail = null) =>
        Log(operation, result.ToString(), seconds, from, to, color, version, detail);

    private void Log(string operation, string result, double seconds, string? from = null, string? to = null,
        string? color = null, string? version = null, string? detail = null) =>
        log.Append(new OperationRecord(
            time.GetUtcNow(), operation, stack.Name, from, to, ResultName(result),
            new Dictionary<string, double> { [operation] = seconds }, color, version, detail));

    private static string ResultName(string name) => OperationsLog.ResultName(name);

    private double Seconds(long started) => Math.Round(time.GetElapsedTime(started).TotalSeconds, 3);

    /// <summary>Output Pulumi printed in an unexpected shape becomes a clear failure instead of a crash.</summary>
    private static async Task<T> Readable<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (PulumiOutputException unreadable)
        {
            throw new StackFailureException(StackError.PulumiFailed, $"Could not read Pulumi's output: {unreadable.Message}");
        }
    }
}
