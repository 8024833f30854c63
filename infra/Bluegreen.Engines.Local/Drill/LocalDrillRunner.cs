using Bluegreen.Components;
using Bluegreen.Engines.Drill;
using Bluegreen.Engines.Local.Agent;
using Bluegreen.Engines.Local.Health;
using Bluegreen.Engines.Local.Observation;
using Bluegreen.Engines.Local.Reconcile;
using Bluegreen.Engines.Local.State;
using Bluegreen.Engines.Local.Topology;
using Bluegreen.Local.Contracts.Agent;
using Bluegreen.Local.Contracts.Routing;
using Bluegreen.Stacks.Settings;

namespace Bluegreen.Engines.Local.Drill;

/// <summary>
/// Tears down one color of a local stack (its instances, its router destinations, its replica with slot and data) and
/// rebuilds it exactly as <c>up</c> would, timing each phase. Only the idle color: the active one is never touched,
/// and a failure stops the drill where it is, for <c>up</c> to repair.
/// </summary>
internal sealed class LocalDrillRunner(LocalStackContext stack, StackReconciler reconciler)
{
    public async Task<DrillReport> RunAsync(DeploymentColor? requested, CancellationToken cancellationToken)
    {
        var startedAt = stack.Time.GetUtcNow();
        var recorder = new DrillPhaseRecorder(stack.Time);
        using var run = new DrillRun(stack, reconciler, requested);
        await recorder.RunAsync(DrillPhases.Preflight, run.PreflightAsync, cancellationToken);
        await recorder.RunAsync(DrillPhases.Teardown, run.TeardownAsync, cancellationToken);
        await recorder.RunAsync(DrillPhases.Rebuild, run.RebuildAsync, cancellationToken);
        await recorder.RunAsync(DrillPhases.Verify, run.VerifyAsync, cancellationToken);

        var (result, message) = DrillTarget.Verdict(recorder, run.Refused, run.Color,
            $" The active color was not touched; `bluegreen up --stack {stack.StackName}` repairs the drilled one.");
        return new DrillReport(stack.StackName, EngineKind.Local, run.Color, startedAt, recorder.Phases, recorder.RecoverySeconds, result, message);
    }

    /// <summary>The state one drill carries from phase to phase, and the lock it holds throughout.</summary>
    private sealed class DrillRun(LocalStackContext stack, StackReconciler reconciler, DeploymentColor? requested) : IDisposable
    {
        private static readonly TimeSpan CatchUpTimeout = TimeSpan.FromSeconds(30);

        private StackLock? _lock;
        private DesiredStack _desired = null!;

        public DeploymentColor? Color { get; private set; } = requested;

        public bool Refused { get; private set; }

        public async Task<PhaseOutcome> PreflightAsync(CancellationToken cancellationToken)
        {
            if (stack.Intent.Read() is not { } intent)
            {
                return PhaseOutcome.Fail($"stack {stack.StackName} has never been brought up; run `bluegreen up --stack {stack.StackName}` first.");
            }

            var active = intent.ActiveColor;
            var color = DrillTarget.Of(Color, active);
            Color = color;
            if (DrillTarget.Refusal(color, active, $"--stack {stack.StackName} ") is { } refusal)
            {
                Refused = true;
                return refusal;
            }

            _lock = StackLock.Acquire(stack.Folder, stack.StackName, "drill", stack.Time);
            _desired = stack.Desired(intent);
            var observed = await stack.Observer.ObserveAsync(_desired, ObservationDetail.None, cancellationToken);
            var activeProblems = HealthChecks.Color(active, _desired, observed);
            if (activeProblems.Count > 0)
            {
                return PhaseOutcome.Fail($"the active color {active.Name()} is not healthy ({PhaseVerdict.Of(activeProblems).Reason}); fix it before drilling.");
            }

            if (observed.Router is null || Reconcile.RouterSync.TrafficDifferences(observed.Router.Status, active).Count > 0)
            {
                return PhaseOutcome.Fail($"the router does not serve {active.Name()} as it should ({observed.RouterError ?? "traffic drift"}); run `bluegreen drift --stack {stack.StackName}`.");
            }

            var absent = _desired.InstancesOf(color).Where(slot => observed.Process(slot.Id) is null).Select(slot => slot.Id).ToList();
            var replica = observed.Database.Replica(color).Instance;
            if (absent.Count > 0 || !replica.Initialized)
            {
                var missing = string.Join(", ", absent.Append(replica.Initialized ? null : replica.Name).OfType<string>());
                return PhaseOutcome.Fail($"{color.Name()} does not fully exist (missing: {missing}); run `bluegreen up --stack {stack.StackName}` first.");
            }

            return PhaseOutcome.Pass($"{active.Name()} is active and healthy; {color.Name()} has {_desired.InstancesOf(color).Count()} instance(s) and {replica.Name}; the stack's lock is held");
        }

        public async Task<PhaseOutcome> TeardownAsync(CancellationToken cancellationToken)
        {
            var color = Color!.Value;
            var drilled = _desired.InstancesOf(color).Select(slot => slot.Id).ToHashSet(StringComparer.Ordinal);
            var routing = new RouterSync(stack.Folder.Router, stack.Time);
            using (var admin = routing.Connect(stack.Local.AdminPort))
            {
                var served = await admin.SnapshotAsync(cancellationToken);
                await admin.PutSnapshotAsync(WithoutColor(served, color), cancellationToken);
            }

            // Independent once the router no longer routes to them: the instances stop while the replica goes.
            await Task.WhenAll(StopInstancesAsync(drilled, cancellationToken), stack.OpenDatabase().DropReplicaAsync(color, cancellationToken));
            var replica = stack.DatabaseLayout.Replica(color).Name;
            return PhaseOutcome.Pass($"{drilled.Count} {color.Name()} instance(s) removed from the agent and the router; {replica} dropped with its slot and data");
        }

        public async Task<PhaseOutcome> RebuildAsync(CancellationToken cancellationToken)
        {
            var outcome = await reconciler.ReconcileAsync(_desired.Intent, allowTrafficChange: false, cancellationToken);
            return PhaseOutcome.Pass($"rebuilt as up would: {string.Join(", ", outcome.Changes.Select(change => $"{change.Operation} {change.Resource}"))}");
        }

        public async Task<PhaseOutcome> VerifyAsync(CancellationToken cancellationToken)
        {
            var verifier = new DrillVerifier(stack, _desired, Color!.Value, CatchUpTimeout);
            var problems = await verifier.ProblemsAsync(cancellationToken);
            return problems.Count == 0
                ? PhaseOutcome.Pass(verifier.Summary)
                : PhaseOutcome.Fail(string.Join("; ", problems));
        }

        public void Dispose() => _lock?.Dispose();

        /// <summary>Puts the agent's last desired set back without <paramref name="drilled"/>; the others keep running untouched.</summary>
        private async Task StopInstancesAsync(HashSet<string> drilled, CancellationToken cancellationToken)
        {
            using var agent = await new AgentLauncher(stack.Time).ConnectAsync(stack.Folder.Path, cancellationToken)
                ?? throw new StackFailureException(StackError.NotRunning, "the process agent stopped answering.");
            var saved = Reconcile.ProcessSetChanges.Saved(new AgentFiles(stack.Folder.Path));
            await agent.PutProcessesAsync(new DesiredProcessSet { Processes = saved.Processes.Where(spec => !drilled.Contains(spec.Id)).ToList() }, cancellationToken);
        }

        private static RouterSnapshot WithoutColor(RouterSnapshot snapshot, DeploymentColor color) => snapshot with
        {
            Version = snapshot.Version + 1,
            Services = snapshot.Services.Select(service => service with
            {
                Destinations = color == DeploymentColor.Blue
                    ? service.Destinations with { Blue = [] }
                    : service.Destinations with { Green = [] },
            }).ToList(),
        };
    }
}
